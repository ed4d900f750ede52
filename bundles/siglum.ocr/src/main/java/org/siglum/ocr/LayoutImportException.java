package org.siglum.ocr;

/** A file that is not OCR Siglum can read (not well-formed, not hOCR, ALTO or PAGE XML, no page in it). */
public final class LayoutImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public LayoutImportException(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
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
