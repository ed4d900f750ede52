package org.siglum.core;

import org.siglum.core.internal.XmlChars;

/**
 * Escaping for XML 1.0: the one rule by which every bundle that writes XML as text escapes what it writes.
 * <ul>
 * <li>Text content ({@link #escapeText}): {@code &}, {@code <} and {@code >} as {@code &amp;}, {@code &lt;},
 * {@code &gt;}; a carriage return as {@code &#xD;}, because a literal one reads back as a line feed. Quotes stay as
 * they are.</li>
 * <li>Attribute values ({@link #escapeAttribute}): the same, and the quote that delimits the value as {@code &quot;} or
 * {@code &apos;} (the other quote stays); tab, line feed and carriage return as {@code &#x9;}, {@code &#xA;},
 * {@code &#xD;}, because attribute-value normalisation would read them back as spaces.</li>
 * <li>Characters XML 1.0 cannot hold at all, not even as a reference (a C0 control other than tab, line feed and
 * carriage return; U+FFFE; U+FFFF; half of a surrogate pair): each becomes {@link #REPLACEMENT} (U+FFFD), so that the
 * output stays well-formed and the loss shows. A writer for which such a character means something keeps it its own
 * way before it escapes (the OCR import writes a {@code gap} that names it); {@link #isXmlChar} tells them.</li>
 * </ul>
 */
public final class Xml {

    /** What a character XML 1.0 cannot hold becomes: U+FFFD REPLACEMENT CHARACTER. */
    public static final char REPLACEMENT = '\uFFFD';

    private Xml() {
    }

    /** Whether XML 1.0 can hold a code point (its production {@code Char}). */
    public static boolean isXmlChar(int codePoint) {
        return XmlChars.isXmlChar(codePoint);
    }

    /** Text escaped for element content. */
    public static String escapeText(CharSequence text) {
        return appendText(new StringBuilder(text.length() + 16), text).toString();
    }

    /** Appends text escaped for element content; returns {@code out}. */
    public static StringBuilder appendText(StringBuilder out, CharSequence text) {
        return append(out, text, '\0');
    }

    /** A value escaped for an attribute delimited by {@code "}. */
    public static String escapeAttribute(CharSequence value) {
        return escapeAttribute(value, '"');
    }

    /**
     * A value escaped for an attribute delimited by {@code quote}.
     *
     * @param quote {@code "} or {@code '}
     * @throws IllegalArgumentException for another quote
     */
    public static String escapeAttribute(CharSequence value, char quote) {
        return appendAttribute(new StringBuilder(value.length() + 16), value, quote).toString();
    }

    /** Appends a value escaped for an attribute delimited by {@code quote} ({@code "} or {@code '}); returns {@code out}. */
    public static StringBuilder appendAttribute(StringBuilder out, CharSequence value, char quote) {
        if (quote != '"' && quote != '\'') {
            throw new IllegalArgumentException("an attribute is delimited by \" or ', not " + quote);
        }
        return append(out, value, quote);
    }

    /** Escapes for text ({@code quote} 0) or for an attribute delimited by {@code quote}. */
    private static StringBuilder append(StringBuilder out, CharSequence s, char quote) {
        boolean attribute = quote != '\0';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#xD;");
                case '\n' -> out.append(attribute ? "&#xA;" : "\n");
                case '\t' -> out.append(attribute ? "&#x9;" : "\t");
                case '"' -> out.append(quote == '"' ? "&quot;" : "\"");
                case '\'' -> out.append(quote == '\'' ? "&apos;" : "'");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (!XmlChars.isXmlChar(c)) { // half a surrogate pair included
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }
}
