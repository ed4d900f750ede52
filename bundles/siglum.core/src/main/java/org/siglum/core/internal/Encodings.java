package org.siglum.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.siglum.core.EditionException;
import org.siglum.core.SourceEncoding;

/**
 * Detects an XML file's encoding (byte-order mark, then XML 1.0 appendix F, then the declaration's encoding
 * pseudo-attribute, default UTF-8) and decodes it strictly: a byte that does not decode is an error that names its
 * line and column, never a replacement character.
 */
public final class Encodings {
    private Encodings() {
    }

    /** A decoded file: its text (without BOM) and how it was encoded. */
    public record Decoded(String text, SourceEncoding encoding) {
    }

    public static Decoded decode(byte[] b, String file) throws EditionException {
        int n = b.length;
        Charset cs = null;
        boolean bom = false;
        int skip = 0;
        if (n >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            bom = true;
            skip = 3;
        } else if (n >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
            cs = Charset.forName("UTF-32BE");
            bom = true;
            skip = 4;
        } else if (n >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
            cs = Charset.forName("UTF-32LE");
            bom = true;
            skip = 4;
        } else if (n >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            bom = true;
            skip = 2;
        } else if (n >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            bom = true;
            skip = 2;
        } else if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') {
            cs = Charset.forName("UTF-32BE");
        } else if (n >= 4 && b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            cs = Charset.forName("UTF-32LE");
        } else if (n >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            cs = StandardCharsets.UTF_16BE;
        } else if (n >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            cs = StandardCharsets.UTF_16LE;
        }
        String declared;
        boolean bytesChecked = false;
        if (cs != null) {
            declared = declaredEncoding(new String(b, skip, Math.min(n - skip, 400), cs));
        } else {
            declared = declaredEncoding(new String(b, 0, Math.min(n, 200), StandardCharsets.ISO_8859_1));
            cs = StandardCharsets.UTF_8;
            if (declared != null) {
                String d = declared.toUpperCase(Locale.ROOT);
                if (d.startsWith("UTF-16") || d.startsWith("UTF-32") || d.equals("UCS-2") || d.equals("UCS-4")) {
                    throw new EditionException(file, 1, 1, "declares encoding '" + declared + "' but has no byte-order"
                            + " mark and its bytes are not " + declared + "; save it again with a BOM or as UTF-8");
                }
                try {
                    cs = Charset.forName(declared);
                } catch (IllegalArgumentException e) {
                    throw new EditionException(file, 1, 1, "declares encoding '" + declared
                            + "', which Siglum does not know");
                }
                if (!asciiCompatible(cs)) {
                    throw new EditionException(file, 1, 1, "declares encoding '" + declared
                            + "', which Siglum cannot read without a byte-order mark");
                }
            }
            checkBinary(b, file, cs);
            bytesChecked = true;
        }
        String text = decodeStrictly(b, skip, cs, file);
        if (!bytesChecked) {
            checkControlChars(text, file);
        }
        return new Decoded(text, new SourceEncoding(cs, bom, declared));
    }

    private static boolean asciiCompatible(Charset cs) {
        try {
            ByteBuffer bb = cs.newEncoder().encode(CharBuffer.wrap("<?xml"));
            return bb.remaining() == 5 && bb.get(0) == '<' && bb.get(4) == 'l';
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static int u(byte x) {
        return x & 0xFF;
    }

    /** The encoding pseudo-attribute of an XML declaration at the start of head, or null. */
    static String declaredEncoding(String head) {
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int end = head.indexOf("?>");
        String decl = end < 0 ? head : head.substring(0, end);
        int i = decl.indexOf("encoding");
        if (i < 0) {
            return null;
        }
        int p = i + 8;
        while (p < decl.length() && XmlChars.isWhitespace(decl.charAt(p))) {
            p++;
        }
        if (p >= decl.length() || decl.charAt(p) != '=') {
            return null;
        }
        p++;
        while (p < decl.length() && XmlChars.isWhitespace(decl.charAt(p))) {
            p++;
        }
        if (p >= decl.length() || (decl.charAt(p) != '"' && decl.charAt(p) != '\'')) {
            return null;
        }
        int q = decl.indexOf(decl.charAt(p), p + 1);
        return q < 0 ? null : decl.substring(p + 1, q);
    }

    /** In an 8-bit encoding, a NUL or other forbidden C0 byte means a binary file (or UTF-16 without BOM). */
    private static void checkBinary(byte[] b, String file, Charset cs) throws EditionException {
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) {
                String prefix = new String(b, 0, i, cs);
                int[] lc = lineColumn(prefix);
                if (looksLikeUtf16(b)) {
                    throw new EditionException(file, lc[0], lc[1], "this looks like UTF-16 without a byte-order mark"
                            + " (byte 0x00 at every other position); save it with a BOM or as UTF-8");
                }
                throw new EditionException(file, lc[0], lc[1], String.format(
                        "this is a binary file, not XML text (byte 0x%02X is a control character XML forbids)", c));
            }
        }
    }

    private static boolean looksLikeUtf16(byte[] b) {
        int len = Math.min(b.length, 512) & ~1;
        if (len < 4) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < len; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = len / 2;
        return (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs)
                || (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs);
    }

    private static void checkControlChars(String text, String file) throws EditionException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) {
                int[] lc = lineColumn(text.substring(0, i));
                throw new EditionException(file, lc[0], lc[1], String.format(
                        "this is a binary file, not XML text (character U+%04X is a control character XML forbids)",
                        (int) c));
            }
        }
    }

    private static String decodeStrictly(byte[] b, int skip, Charset cs, String file) throws EditionException {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // The JDK's String decoding is much faster than a decoder loop and replaces every malformed sequence
            // by U+FFFD: without one in the result, the bytes were valid. Otherwise decode strictly to find it.
            String fast = new String(b, skip, b.length - skip, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((b.length - skip) * (double) dec.maxCharsPerByte()) + 4);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int bad = in.position();
            out.flip();
            int[] lc = lineColumn(out);
            String name = cs.name();
            String sentence;
            if (r.isMalformed() && bad + r.length() >= b.length && cs.newEncoder().maxBytesPerChar() > 1) {
                sentence = String.format("the file ends in the middle of a %s character (byte 0x%02X); is it truncated?",
                        name, b[bad] & 0xFF);
            } else if (r.isMalformed()) {
                sentence = String.format("not valid %s (byte 0x%02X); is the file in another encoding?", name,
                        b[bad] & 0xFF);
            } else {
                sentence = String.format("byte 0x%02X is not a character in %s; is the file in another encoding?",
                        b[bad] & 0xFF, name);
            }
            throw new EditionException(file, lc[0], lc[1], sentence);
        }
        out.flip();
        return out.toString();
    }

    /** Line and column just after a prefix of text (the position of what follows it). */
    private static int[] lineColumn(CharSequence prefix) {
        int line = 1;
        int lineStart = 0;
        int n = prefix.length();
        for (int i = 0; i < n; i++) {
            char c = prefix.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || prefix.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int col = 1;
        for (int i = lineStart; i < n; i++) {
            if (!(Character.isLowSurrogate(prefix.charAt(i)) && i > lineStart
                    && Character.isHighSurrogate(prefix.charAt(i - 1)))) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Encodes text strictly; a character the charset cannot hold is an error naming where it is. */
    public static byte[] encode(String text, SourceEncoding enc) throws CharacterCodingException {
        CharsetEncoder e = enc.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer body = e.encode(CharBuffer.wrap(text));
        byte[] bomBytes = enc.bom() ? bom(enc.charset()) : new byte[0];
        byte[] out = new byte[bomBytes.length + body.remaining()];
        System.arraycopy(bomBytes, 0, out, 0, bomBytes.length);
        body.get(out, bomBytes.length, body.remaining());
        return out;
    }

    /** The first char of text that the encoding cannot hold, or -1. */
    public static int firstUnencodable(String text, Charset cs) {
        CharsetEncoder e = cs.newEncoder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                if (!e.canEncode(text.substring(i, i + 2))) {
                    return i;
                }
                i++;
            } else if (c >= 0x80 && !e.canEncode(c)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bom(Charset cs) {
        switch (cs.name()) {
            case "UTF-8": return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16BE": return new byte[] {(byte) 0xFE, (byte) 0xFF};
            case "UTF-16LE": return new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-32BE": return new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
            case "UTF-32LE": return new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
            default: return new byte[0];
        }
    }
}
