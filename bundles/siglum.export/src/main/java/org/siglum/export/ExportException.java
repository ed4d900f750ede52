package org.siglum.export;

/** An export cannot be done; the message is one line for the user, naming file, line and column where known. */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
