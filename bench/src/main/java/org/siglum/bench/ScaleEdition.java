package org.siglum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book-size edition made from the sample chapter's structure, for the scale benchmark (not part of the product).
 * <p>
 * The sample's header (witnesses, persons, encoding) and back (bibliography) are kept once; its chapter division is
 * repeated {@code N} times. In copy {@code k} every {@code xml:id} in the chapter gets the prefix {@code cK.}, and the
 * pointers inside the chapter to those ids (note targets) follow; pointers to the header and the back (witnesses,
 * persons, bibliography) stay. The chapter's head says {@code บทที่ K}. Of the sample's 136 apparatus entries the
 * chapter keeps {@value #APPS_PER_CHAPTER}: the others are spread evenly and replaced by their lemma's text (their
 * readings and certainty notes go with them). To the sample's 5 footnotes 5 are added (an anchor at the end of every
 * fifth paragraph and a footnote citing a work of the bibliography), so a chapter has {@value #NOTES_PER_CHAPTER}.
 * Footnotes are numbered 1, 2, 3 ... through the book (the rules want unique numbers in ascending order); an anchor
 * carries its note's number. The result is valid against siglum.rng and siglum.sch, as the sample is.
 * <p>
 * Usage: {@code ScaleEdition SAMPLE N OUT}.
 */
public final class ScaleEdition {

    /** Apparatus entries per chapter. */
    public static final int APPS_PER_CHAPTER = 100;
    /** Footnotes per chapter. */
    public static final int NOTES_PER_CHAPTER = 10;

    private static final Pattern APP = Pattern.compile("<app\\b[^>]*>.*?</app>", Pattern.DOTALL);
    private static final Pattern LEM = Pattern.compile("<lem\\b[^>]*?(?:/>|>(.*?)</lem>)", Pattern.DOTALL);
    private static final Pattern XML_ID = Pattern.compile("xml:id=\"([^\"]+)\"");
    private static final Pattern NOTE_TARGET = Pattern.compile("(<note\\b[^>]*\\btarget=\")#([^\"]+)\"");
    private static final Pattern FOOTNOTE_N = Pattern.compile("(<note\\b[^>]*\\bplace=\"foot\"[^>]*\\bn=\")[^\"]*\"");
    private static final Pattern ANCHOR_N = Pattern.compile("(<anchor\\b[^>]*\\btype=\"note\"[^>]*\\bn=\")[^\"]*\"");
    private static final Pattern HEAD = Pattern.compile("บทที่ 3");
    private static final String[] CITED = {"stalin1953foundations", "stalin1954bukharingroup", "blok1963chukovsky",
        "lunacharsky1925cinema", "lenin1966congress"};

    private ScaleEdition() {
    }

    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args[0]);
        int chapters = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.writeString(out, generate(Files.readString(sample, StandardCharsets.UTF_8), chapters),
                StandardCharsets.UTF_8);
    }

    /** The edition of {@code chapters} chapters made from the sample chapter's text. */
    public static String generate(String sample, int chapters) {
        int bodyStart = sample.indexOf("<div type=\"chapter\">");
        int bodyEnd = sample.indexOf("</body>");
        if (bodyStart < 0 || bodyEnd < 0) {
            throw new IllegalArgumentException("the sample has no chapter division in its body");
        }
        int divEnd = sample.lastIndexOf("</div>", bodyEnd) + "</div>".length();
        String chapter = thinApparatus(sample.substring(bodyStart, divEnd));
        chapter = addNotes(chapter);
        StringBuilder book = new StringBuilder(sample.length() + chapters * (chapter.length() + 200));
        book.append(sample, 0, bodyStart);
        String header = book.toString().replace("<title>บทที่ 3 นโยบายเศรษฐกิจใหม่</title>",
                "<title>บทที่ 3 นโยบายเศรษฐกิจใหม่, repeated as a book of " + chapters + " chapters</title>");
        book.setLength(0);
        book.append(header);
        int[] number = {1};
        for (int k = 1; k <= chapters; k++) {
            String copy = chapter;
            if (k > 1) {
                book.append("\n      ");
            }
            String prefix = "c" + k + ".";
            copy = XML_ID.matcher(copy).replaceAll(m -> Matcher.quoteReplacement("xml:id=\"" + prefix + m.group(1)
                    + "\""));
            copy = NOTE_TARGET.matcher(copy).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "#" + prefix
                    + m.group(2) + "\""));
            copy = copy.replaceFirst("<div type=\"chapter\">", "<div type=\"chapter\" n=\"" + k + "\" xml:id=\"ch" + k
                    + "\">");
            copy = HEAD.matcher(copy).replaceAll("บทที่ " + k);
            copy = numberNotes(copy, number);
            book.append(copy);
        }
        book.append(sample, divEnd, sample.length());
        return book.toString();
    }

    /** Keeps {@link #APPS_PER_CHAPTER} entries, unwrapping the others (spread evenly) to their lemma's text. */
    static String thinApparatus(String chapter) {
        Matcher m = APP.matcher(chapter);
        int total = 0;
        while (m.find()) {
            total++;
        }
        int drop = Math.max(0, total - APPS_PER_CHAPTER);
        StringBuilder out = new StringBuilder(chapter.length());
        m.reset();
        int index = 0;
        int dropped = 0;
        int last = 0;
        while (m.find()) {
            // drop entry i when the running share of drops falls behind: evenly spread
            boolean unwrap = dropped < drop && (long) (index + 1) * drop / total > dropped
                    && m.group().startsWith("<app type=\"ocr\"");
            out.append(chapter, last, m.start());
            if (unwrap) {
                Matcher lem = LEM.matcher(m.group());
                out.append(lem.find() && lem.group(1) != null ? lem.group(1) : "");
                dropped++;
            } else {
                out.append(m.group());
            }
            last = m.end();
            index++;
        }
        out.append(chapter, last, chapter.length());
        return out.toString();
    }

    /** Adds a footnote (anchor and note) at the end of every fifth paragraph until the chapter has enough. */
    static String addNotes(String chapter) {
        int existing = count(chapter, "place=\"foot\"");
        int wanted = NOTES_PER_CHAPTER - existing;
        StringBuilder out = new StringBuilder(chapter.length() + wanted * 300);
        int from = 0;
        int paragraph = 0;
        int added = 0;
        int at;
        while ((at = chapter.indexOf("</p>", from)) >= 0) {
            out.append(chapter, from, at);
            paragraph++;
            if (added < wanted && paragraph % 5 == 0) {
                added++;
                String id = "x" + added;
                out.append("<anchor xml:id=\"a").append(id).append("\" type=\"note\" n=\"0\"/>")
                        .append("<note xml:id=\"n").append(id).append("\" place=\"foot\" n=\"0\" target=\"#a")
                        .append(id).append("\">A further note on this passage (generated for the scale benchmark): ")
                        .append("<bibl><ptr target=\"#").append(CITED[(added - 1) % CITED.length])
                        .append("\"/></bibl></note>");
            }
            out.append("</p>");
            from = at + "</p>".length();
        }
        out.append(chapter, from, chapter.length());
        if (added < wanted) {
            throw new IllegalArgumentException("the chapter has too few paragraphs for " + NOTES_PER_CHAPTER + " notes");
        }
        return out.toString();
    }

    /** Numbers the footnotes and their anchors in document order from {@code next[0]}, which it advances. */
    static String numberNotes(String chapter, int[] next) {
        int first = next[0];
        int[] anchor = {first};
        String anchors = ANCHOR_N.matcher(chapter).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + anchor[0]++
                + "\""));
        int[] note = {first};
        String notes = FOOTNOTE_N.matcher(anchors).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + note[0]++
                + "\""));
        next[0] = note[0];
        return notes;
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
