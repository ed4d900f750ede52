package org.siglum.citations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siglum.citations.BibDate;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;
import org.siglum.citations.BibliographyException;

/** CSL-JSON (as Zotero exports it) to and from entries, with a small parser that reports line and column. */
final class CslJson {
    private final String text;
    private final String name;
    private int pos;
    private int line = 1;
    private int lineStart;

    private CslJson(String text, String name) {
        this.text = text;
        this.name = name;
    }

    static List<BibEntry> parse(String text, String name) throws BibliographyException {
        CslJson p = new CslJson(text, name);
        p.skip();
        int itemsLine = p.line;
        int itemsCol = p.col();
        Object root = p.value();
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the JSON value");
        }
        List<?> items;
        if (root instanceof List<?> l) {
            items = l;
        } else if (root instanceof Map<?, ?> m && m.containsKey("items") && m.get("items") instanceof List<?> l) {
            items = l;
        } else if (root instanceof Map<?, ?> m) {
            items = List.of(m);
        } else {
            throw new BibliographyException(name, itemsLine, itemsCol, "CSL-JSON must be an array of items", null);
        }
        List<BibEntry> out = new ArrayList<>();
        int n = 0;
        for (Object o : items) {
            n++;
            if (!(o instanceof Map<?, ?> m)) {
                throw new BibliographyException(name, itemsLine, itemsCol, "item " + n + " is not an object", null);
            }
            out.add(entry(m, n));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static BibEntry entry(Map<?, ?> m, int n) {
        String id = str(m.get("id"));
        if (id == null) {
            id = str(m.get("citation-key"));
        }
        if (id == null) {
            id = "item" + n;
        }
        String type = str(m.get("type"));
        if (type == null) {
            type = "book";
        }
        return new BibEntry(id, type, names(m.get("author")), names(m.get("editor")), names(m.get("translator")),
                str(m.get("title")), str(m.get("container-title")), str(m.get("edition")), str(m.get("publisher")),
                str(m.get("publisher-place")), str(m.get("volume")), str(m.get("issue")), str(m.get("page")),
                date(m.get("issued")), str(m.get("language")), str(m.get("DOI")), str(m.get("ISBN")),
                str(m.get("URL")), str(m.get("note")));
    }

    private static BibDate date(Object o) {
        if (!(o instanceof Map<?, ?> m)) {
            return o == null ? null : BibTeXCodec.date(str(o));
        }
        Integer year = null;
        String tooLarge = null;
        if (m.get("date-parts") instanceof List<?> parts && !parts.isEmpty() && parts.get(0) instanceof List<?> first
                && !first.isEmpty()) {
            String y = str(first.get(0));
            if (y != null && y.matches("-?\\d{1,9}")) {
                year = Integer.valueOf(y);
            } else if (y != null && y.matches("-?\\d+")) {
                tooLarge = y; // no year, but kept as written (an int overflow found by fuzzing, decision 0032)
            }
        }
        String literal = str(m.get("literal"));
        if (literal == null) {
            literal = str(m.get("raw"));
        }
        if (literal == null) {
            literal = tooLarge;
        }
        if (literal != null) {
            BibDate parsed = BibTeXCodec.date(literal);
            return new BibDate(year != null ? year : parsed == null ? null : parsed.year(), literal);
        }
        return year == null ? null : BibDate.year(year);
    }

    private static List<BibName> names(Object o) {
        List<BibName> out = new ArrayList<>();
        if (!(o instanceof List<?> list)) {
            return out;
        }
        for (Object x : list) {
            if (!(x instanceof Map<?, ?> m)) {
                continue;
            }
            String literal = str(m.get("literal"));
            String family = str(m.get("family"));
            String given = str(m.get("given"));
            if (literal != null) {
                out.add(BibName.literal(literal));
            } else if (Names.isThai(family) || Names.isThai(given)) {
                // a Thai name is cited in its own order, given name first, and never inverted
                out.add(BibName.literal(given == null ? family : family == null ? given : given + " " + family));
            } else if (family != null) {
                out.add(BibName.of(given, family));
            } else if (given != null) {
                out.add(BibName.literal(given));
            }
        }
        return out;
    }

    private static String str(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        String s = String.valueOf(o).strip();
        return s.isEmpty() ? null : s;
    }

    // ------------------------------------------------------------------ parser

    private int col() {
        return pos - lineStart + 1;
    }

    private BibliographyException error(String sentence) {
        return new BibliographyException(name, line, col(), sentence, null);
    }

    private void skip() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\uFEFF') {
                return;
            }
            pos++;
        }
    }

    private Object value() throws BibliographyException {
        skip();
        if (pos >= text.length()) {
            throw error("unexpected end of the JSON text");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                for (String word : new String[] {"true", "false", "null"}) {
                    if (text.startsWith(word, pos)) {
                        pos += word.length();
                        return "null".equals(word) ? null : Boolean.valueOf(word);
                    }
                }
                throw error("unexpected character '" + c + "' in JSON");
        }
    }

    private Map<String, Object> object() throws BibliographyException {
        Map<String, Object> out = new LinkedHashMap<>();
        pos++;
        skip();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return out;
        }
        while (true) {
            skip();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw error("expected a quoted name in a JSON object");
            }
            String key = string();
            skip();
            expect(':');
            out.put(key, value());
            skip();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect('}');
            return out;
        }
    }

    private List<Object> array() throws BibliographyException {
        List<Object> out = new ArrayList<>();
        pos++;
        skip();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(value());
            skip();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect(']');
            return out;
        }
    }

    private void expect(char c) throws BibliographyException {
        if (pos >= text.length()) {
            throw error("unexpected end of the JSON text: expected '" + c + "'");
        }
        if (text.charAt(pos) != c) {
            throw error("expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private String string() throws BibliographyException {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\n') {
                throw error("a JSON string cannot span lines");
            }
            if (c == '\\') {
                if (pos + 1 >= text.length()) {
                    break;
                }
                char e = text.charAt(pos + 1);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 6 > text.length() || !text.substring(pos + 2, pos + 6).matches("[0-9a-fA-F]{4}")) {
                            throw error("bad \\u escape in a JSON string");
                        }
                        out.append((char) Integer.parseInt(text.substring(pos + 2, pos + 6), 16));
                        pos += 4;
                    }
                    default -> throw error("bad escape \\" + e + " in a JSON string");
                }
                pos += 2;
                continue;
            }
            out.append(c);
            pos++;
        }
        throw error("unterminated JSON string");
    }

    private Object number() throws BibliographyException {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String s = text.substring(start, pos);
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("bad number '" + s + "' in JSON");
        }
    }

    // ------------------------------------------------------------------ writing

    static String write(List<BibEntry> entries) {
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < entries.size(); i++) {
            out.append(JsonWriter.write(item(entries.get(i)), 1));
            out.append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return out.append("]\n").toString();
    }

    static Map<String, Object> item(BibEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type());
        putNames(m, "author", e.authors());
        putNames(m, "editor", e.editors());
        putNames(m, "translator", e.translators());
        put(m, "title", e.title());
        put(m, "container-title", e.containerTitle());
        put(m, "edition", e.edition());
        put(m, "publisher", e.publisher());
        put(m, "publisher-place", e.place());
        put(m, "volume", e.volume());
        put(m, "issue", e.issue());
        put(m, "page", e.pages());
        if (e.issued() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            if (e.issued().year() != null) {
                d.put("date-parts", List.of(List.of(e.issued().year())));
            }
            if (e.issued().isLiteral()) {
                d.put("literal", e.issued().text());
            }
            m.put("issued", d);
        }
        put(m, "language", e.language());
        put(m, "DOI", e.doi());
        put(m, "ISBN", e.isbn());
        put(m, "URL", e.url());
        put(m, "note", e.note());
        return m;
    }

    private static void put(Map<String, Object> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static void putNames(Map<String, Object> m, String k, List<BibName> names) {
        if (names.isEmpty()) {
            return;
        }
        List<Object> list = new ArrayList<>();
        for (BibName n : names) {
            Map<String, Object> o = new LinkedHashMap<>();
            if (n.isLiteral()) {
                o.put("literal", n.literal());
            } else {
                o.put("family", n.family());
                if (n.given() != null) {
                    o.put("given", n.given());
                }
            }
            list.add(o);
        }
        m.put(k, list);
    }
}
