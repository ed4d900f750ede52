package org.siglum.citations.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.siglum.citations.BibDate;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibName;
import org.siglum.citations.BibliographyException;

/**
 * BibTeX to and from entries with jbibtex. Our own mapping, not citeproc-java's BibTeX converter, which turns year and
 * address into event-date and event-place (decision 0014).
 */
final class BibTeXCodec {
    private static final Pattern LINE_COL = Pattern.compile("line (\\d+), column (\\d+)");

    private BibTeXCodec() {
    }

    static List<BibEntry> parse(String text, String name) throws BibliographyException {
        BibTeXDatabase db;
        try {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // an undefined @string is kept as its name, as BibTeX itself warns and goes on
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // crossref is not used for citations; a missing target is not an error here
                }
            };
            db = parser.parse(new StringReader(text));
        } catch (ParseException e) {
            if (e.currentToken == null) {
                int[] open = unclosedBrace(text);
                throw new BibliographyException(name, open[0], open[1], open[0] > 0
                        ? "this brace is never closed (the file ends inside it)" : "BibTeX ends too early", e);
            }
            int line = 1;
            int col = 1;
            if (e.currentToken != null) {
                org.jbibtex.Token t = e.currentToken.next != null ? e.currentToken.next : e.currentToken;
                line = t.beginLine;
                col = t.beginColumn;
            }
            String found = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.image : "";
            throw new BibliographyException(name, line, col,
                    "BibTeX syntax error" + (found == null || found.isEmpty() ? " at end of file" : " at '" + found + "'"), e);
        } catch (TokenMgrException e) {
            Matcher m = LINE_COL.matcher(String.valueOf(e.getMessage()));
            int line = 1;
            int col = 1;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                col = Integer.parseInt(m.group(2));
            }
            throw new BibliographyException(name, line, col, "BibTeX cannot be read here (unexpected character)", e);
        } catch (RuntimeException e) {
            throw new BibliographyException(name, 1, 1, "BibTeX cannot be read: " + e.getMessage(), e);
        }
        List<BibEntry> out = new ArrayList<>();
        for (Map.Entry<Key, BibTeXEntry> me : db.getEntries().entrySet()) {
            out.add(entry(me.getValue()));
        }
        if (out.isEmpty() && !text.isBlank() && text.contains("@")) {
            throw new BibliographyException(name, 1, 1, "no BibTeX entry found", null);
        }
        return out;
    }

    /** The line and column of the last '{' left open at the end of the text, or {1, 1}. */
    private static int[] unclosedBrace(String text) {
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
                col += 2;
                continue;
            }
            if (c == '{') {
                open.push(new int[] {line, col});
            } else if (c == '}' && !open.isEmpty()) {
                open.pop();
            }
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return open.isEmpty() ? new int[] {1, 1} : open.peek();
    }

    private static BibEntry entry(BibTeXEntry e) {
        String bibType = e.getType().getValue().toLowerCase(Locale.ROOT);
        String type = switch (bibType) {
            case "article" -> "article-journal";
            case "incollection", "inbook", "inproceedings", "conference" -> "chapter";
            case "phdthesis", "mastersthesis", "thesis" -> "thesis";
            case "techreport", "report" -> "report";
            case "unpublished" -> "manuscript";
            case "online", "electronic" -> "webpage";
            default -> "book";
        };
        String container = "chapter".equals(type) ? field(e, "booktitle")
                : "article-journal".equals(type) ? first(field(e, "journal"), field(e, "journaltitle")) : null;
        String year = first(field(e, "year"), field(e, "date"));
        return new BibEntry(e.getKey().getValue(), type, names(raw(e, "author")), names(raw(e, "editor")),
                names(first(raw(e, "translator"), null)), field(e, "title"), container, field(e, "edition"),
                first(field(e, "publisher"), first(field(e, "school"), field(e, "institution"))),
                first(field(e, "address"), field(e, "location")), field(e, "volume"),
                first(field(e, "number"), field(e, "issue")), pages(field(e, "pages")), date(year),
                first(field(e, "langid"), language(field(e, "language"))), field(e, "doi"), field(e, "isbn"),
                field(e, "url"), field(e, "note"));
    }

    private static String pages(String p) {
        return p == null ? null : p.replace("--", "–");
    }

    private static String language(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "thai" -> "th";
            case "english", "american", "british" -> "en";
            case "russian" -> "ru";
            case "french" -> "fr";
            case "german" -> "de";
            default -> s.length() <= 3 || s.contains("-") ? s : null;
        };
    }

    /** A year as the source gives it: "1973", "พ.ศ. 2516", "2516 BE", "๒๕๑๖". */
    static BibDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String text = s.strip();
        String digits = Names.asciiDigits(text);
        Matcher m = Pattern.compile("(\\d{3,4})").matcher(digits);
        Integer year = null;
        if (m.find()) {
            int y = Integer.parseInt(m.group(1));
            // no Gregorian year of a printed book is past 2300; B.E. years of the 20th century are 2443-2543
            boolean buddhist = text.contains("พ.ศ") || text.matches("(?i).*\\bB\\.?E\\.?\\b.*") || y > 2300;
            year = buddhist ? y - 543 : y;
        }
        if (year != null && text.equals(String.valueOf(year))) {
            return BibDate.year(year);
        }
        return new BibDate(year, text);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String raw(BibTeXEntry e, String field) {
        Value v = e.getField(new Key(field));
        return v == null ? null : v.toUserString();
    }

    private static String field(BibTeXEntry e, String field) {
        String raw = raw(e, field);
        if (raw == null) {
            return null;
        }
        String s = latex(raw).replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    static String latex(String raw) {
        return TeX.plain(raw);
    }

    /** BibTeX names: "A and B", each "Family, Given" or "Given Family"; {Braced} and Thai names are kept whole. */
    static List<BibName> names(String raw) {
        List<BibName> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String part : splitTopLevel(raw.strip(), " and ")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("{") && p.endsWith("}") && balanced(p.substring(1, p.length() - 1))) {
                out.add(BibName.literal(latex(p.substring(1, p.length() - 1)).strip()));
                continue;
            }
            String clean = latex(p).replaceAll("\\s+", " ").strip();
            if (Names.isThai(clean)) {
                out.add(BibName.literal(clean));
                continue;
            }
            List<String> commas = splitTopLevel(p, ",");
            if (commas.size() >= 2) {
                out.add(BibName.of(latex(commas.get(1)).strip(), latex(commas.get(0)).strip()));
            } else {
                int space = lastTopLevelSpace(p);
                if (space < 0) {
                    out.add(BibName.of(null, clean));
                } else {
                    out.add(BibName.of(latex(p.substring(0, space)).strip(), latex(p.substring(space + 1)).strip()));
                }
            }
        }
        return out;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static int lastTopLevelSpace(String s) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ' ' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    private static List<String> splitTopLevel(String s, String sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && s.startsWith(sep, i)) {
                out.add(s.substring(start, i));
                start = i + sep.length();
                i = start - 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    // ------------------------------------------------------------------ writing

    static String write(List<BibEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (BibEntry e : entries) {
            String type = switch (e.type()) {
                case "article-journal", "article-magazine", "article-newspaper", "article" -> "article";
                case "chapter" -> "incollection";
                case "thesis" -> "phdthesis";
                case "report" -> "techreport";
                case "manuscript" -> "unpublished";
                case "webpage" -> "online";
                default -> "book";
            };
            out.append('@').append(type).append('{').append(e.id()).append(",\n");
            names(out, "author", e.authors());
            names(out, "editor", e.editors());
            names(out, "translator", e.translators());
            field(out, "title", e.title());
            field(out, "incollection".equals(type) ? "booktitle" : "journal", e.containerTitle());
            field(out, "edition", e.edition());
            field(out, "publisher", e.publisher());
            field(out, "address", e.place());
            field(out, "volume", e.volume());
            field(out, "number", e.issue());
            field(out, "pages", e.pages() == null ? null : e.pages().replace("–", "--"));
            if (e.issued() != null) {
                field(out, "year", e.issued().text() != null ? e.issued().text() : String.valueOf(e.issued().year()));
            }
            field(out, "langid", e.language());
            field(out, "doi", e.doi());
            field(out, "isbn", e.isbn());
            field(out, "url", e.url());
            field(out, "note", e.note());
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void names(StringBuilder out, String field, List<BibName> names) {
        if (names.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (BibName n : names) {
            if (n.isLiteral()) {
                parts.add("{" + escape(n.literal()) + "}");
            } else if (n.family() == null) {
                // a given name alone (a record read back from TEI with forename only; found by fuzzing)
                parts.add("{" + escape(n.given() == null ? "" : n.given()) + "}");
            } else {
                parts.add(escape(n.family()) + (n.given() == null ? "" : ", " + escape(n.given())));
            }
        }
        out.append("  ").append(field).append(" = {").append(String.join(" and ", parts)).append("},\n");
    }

    private static void field(StringBuilder out, String field, String value) {
        if (value != null) {
            out.append("  ").append(field).append(" = {").append(escape(value)).append("},\n");
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
                .replace("#", "\\#").replace("_", "\\_").replace("{", "\\{").replace("}", "\\}");
    }
}
