package org.siglum.core;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How an edition's bytes are encoded: the charset used to decode them and to write them back, whether they began
 * with a byte-order mark, and the encoding named in the XML declaration (if any).
 *
 * @param charset the concrete charset (UTF-16LE or UTF-16BE rather than UTF-16; the BOM is described by bom)
 * @param bom the bytes began with a byte-order mark, written again on save
 * @param declared the encoding pseudo-attribute of the XML declaration as written, or null
 */
public record SourceEncoding(Charset charset, boolean bom, String declared) {

    public SourceEncoding {
        Objects.requireNonNull(charset, "charset");
    }

    /** UTF-8 without BOM and without declaration: the encoding of a new edition. */
    public static SourceEncoding utf8() {
        return new SourceEncoding(java.nio.charset.StandardCharsets.UTF_8, false, null);
    }
}
