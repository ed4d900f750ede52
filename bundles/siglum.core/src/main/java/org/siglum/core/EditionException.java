package org.siglum.core;

/**
 * An edition file that cannot be opened as text: its bytes do not decode in its encoding, or it is binary. Its message
 * reads {@code file:line:column: sentence}; line and column are 0 when unknown.
 */
public final class EditionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String sentence;

    public EditionException(String file, int line, int column, String sentence) {
        this(file, line, column, sentence, null);
    }

    public EditionException(String file, int line, int column, String sentence, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + sentence, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.sentence = sentence;
    }

    /** The file's name as given when reading. */
    public String file() {
        return file;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column (code points) of the problem, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message without its location. */
    public String sentence() {
        return sentence;
    }
}
