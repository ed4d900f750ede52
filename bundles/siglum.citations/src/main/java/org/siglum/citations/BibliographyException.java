package org.siglum.citations;

/** A bibliography file that cannot be read: the message is one line, {@code file:line:col: sentence}. */
public class BibliographyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public BibliographyException(String file, int line, int column, String sentence, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + sentence, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
