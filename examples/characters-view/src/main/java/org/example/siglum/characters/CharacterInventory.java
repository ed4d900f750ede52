package org.example.siglum.characters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The characters of an edition's text (what a reader sees: outside tags, comments and processing instructions, from
 * the TEI {@code text} on; a character reference counts as the character it names), each with its count and where it
 * occurs. A scholar correcting OCR looks here for what does not belong: a Latin "o" in Thai, a stray combining mark.
 * Free of widgets, so the view only shows it.
 */
final class CharacterInventory {

    /** One character: its code point, how often it occurs, and the offsets (in the source) where it does. */
    record Entry(int codePoint, int count, int[] offsets) {

        /** As the table shows it: a combining mark on a dotted circle, a space or control by its name. */
        String shown() {
            int type = Character.getType(codePoint);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                return "\u25CC" + Character.toString(codePoint);
            }
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || type == Character.FORMAT) {
                return "";
            }
            return Character.toString(codePoint);
        }

        String hex() {
            return String.format(Locale.ROOT, "U+%04X", codePoint);
        }

        String name() {
            String name = Character.getName(codePoint);
            return name == null ? "(unassigned)" : name;
        }

        String script() {
            String script = Character.UnicodeScript.of(codePoint).name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(script.charAt(0)) + script.substring(1);
        }

        /** The first occurrence at or after {@code offset}, else the first of all. */
        int next(int offset) {
            for (int at : offsets) {
                if (at >= offset) {
                    return at;
                }
            }
            return offsets[0];
        }
    }

    private final List<Entry> entries;
    private final int total;

    private CharacterInventory(List<Entry> entries, int total) {
        this.entries = entries;
        this.total = total;
    }

    /** The characters of a TEI source, most frequent first. */
    static CharacterInventory of(String source) {
        Map<Integer, List<Integer>> where = new HashMap<>();
        int total = 0;
        int i = start(source);
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '<') {
                i = skipMarkup(source, i);
                continue;
            }
            int codePoint;
            int length;
            if (c == '&') {
                int end = source.indexOf(';', i);
                codePoint = end < 0 ? -1 : entity(source.substring(i + 1, end));
                length = end < 0 || codePoint < 0 ? 1 : end + 1 - i;
                if (codePoint < 0) {
                    codePoint = '&';
                }
            } else {
                codePoint = source.codePointAt(i);
                length = Character.charCount(codePoint);
            }
            if (!Character.isWhitespace(codePoint)) {
                where.computeIfAbsent(codePoint, k -> new ArrayList<>()).add(i);
                total++;
            }
            i += length;
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : where.entrySet()) {
            entries.add(new Entry(e.getKey(), e.getValue().size(),
                    e.getValue().stream().mapToInt(Integer::intValue).toArray()));
        }
        entries.sort(Comparator.comparingInt(Entry::count).reversed().thenComparingInt(Entry::codePoint));
        return new CharacterInventory(List.copyOf(entries), total);
    }

    /** Where the reader's text begins: the TEI {@code text} element, or the whole file when it has none. */
    private static int start(String source) {
        int at = 0;
        while ((at = source.indexOf("<text", at)) >= 0) {
            int after = at + 5;
            if (after < source.length() && (source.charAt(after) == '>' || Character.isWhitespace(source.charAt(after)))) {
                return at;
            }
            at = after;
        }
        return 0;
    }

    private static int skipMarkup(String source, int i) {
        String end = source.startsWith("<!--", i) ? "-->" : source.startsWith("<?", i) ? "?>"
                : source.startsWith("<![CDATA[", i) ? "]]>" : ">";
        int close = source.indexOf(end, i + 1);
        return close < 0 ? source.length() : close + end.length();
    }

    private static int entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> -1;
        };
    }

    List<Entry> entries() {
        return entries;
    }

    /** The line over the table: how many characters, how many distinct, and the share of each script. */
    String summary() {
        if (total == 0) {
            return "No text.";
        }
        Map<String, Integer> scripts = new HashMap<>();
        for (Entry entry : entries) {
            scripts.merge(entry.script(), entry.count(), Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        text.append(total).append(" characters, ").append(entries.size()).append(" distinct: ");
        scripts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(4)
                .forEach(e -> text.append(e.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%.1f", 100.0 * e.getValue() / total)).append("%, "));
        text.setLength(text.length() - 2);
        return text.toString();
    }
}
