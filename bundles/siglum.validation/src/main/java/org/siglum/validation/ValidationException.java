package org.siglum.validation;

/**
 * A validation could not run: the file or the schema cannot be read, or the schema is not a schema. The message is one
 * line, naming the file (and line and column where there is one).
 */
public class ValidationException extends Exception {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }

    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
