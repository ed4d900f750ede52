package org.siglum.ui.workbench.internal.edition;

/** An edition could not be read: missing, unreadable, or not decodable text. The message says which, for a person. */
public final class EditionOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    public EditionOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
