package org.siglum.core;

/**
 * A place in the source text. Line and column are 1-based; the column counts Unicode code points from the start of
 * the line (a character outside the BMP is one column, a Thai combining mark is one column of its own); a line break
 * is CR LF, LF or a lone CR, each counting as one break.
 *
 * @param offset char (UTF-16 unit) offset into the text
 * @param line 1-based line
 * @param column 1-based column in code points
 */
public record TextLocation(int offset, int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
