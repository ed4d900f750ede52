package org.siglum.ui.apparatus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.Reading;

/** What the apparatus view shows of an entry, and its filter. No widgets, so it is tested without a window. */
public final class ApparatusRows {

    /** The filter's choice meaning "any witness" or "any cause". */
    public static final String ANY = "(all)";

    private ApparatusRows() {
    }

    /** The columns' titles. */
    public static final String[] COLUMNS = {"Entry", "Line", "Lemma", "Readings", "Cause / type"};

    /** One cell: the entry's id, line, lemma with its sigla, readings "reading SIGLA; ...", causes and type. */
    public static String cell(ApparatusEntry entry, int column) {
        return switch (column) {
            case 0 -> entry.id();
            case 1 -> Integer.toString(entry.line());
            case 2 -> entry.lemma().map(ApparatusRows::reading).orElse("");
            case 3 -> entry.readings().stream().map(ApparatusRows::reading).collect(Collectors.joining("; "));
            case 4 -> causes(entry);
            default -> "";
        };
    }

    /**
     * "ประทัดประหาร OCR"; an omission shows as "om.", a reading of markers only as what they mark ("lacuna begins");
     * no witnesses, the text alone.
     */
    public static String reading(Reading reading) {
        String text = reading.shown();
        return reading.witnesses().isEmpty() ? text : text + " " + String.join(" ", reading.witnesses());
    }

    /** "ocr-error / ocr": the readings' causes (and the entry's), then the entry's type. */
    public static String causes(ApparatusEntry entry) {
        String causes = String.join(", ", causesOf(entry));
        if (entry.type() == null) {
            return causes;
        }
        return causes.isEmpty() ? entry.type() : causes + " / " + entry.type();
    }

    static TreeSet<String> causesOf(ApparatusEntry entry) {
        TreeSet<String> causes = new TreeSet<>();
        if (entry.cause() != null) {
            causes.add(entry.cause());
        }
        entry.readings().stream().map(Reading::cause).filter(Objects::nonNull).forEach(causes::add);
        return causes;
    }

    /** Whether the entry passes the filter: a reading (or the lemma) of the witness, and a reading with the cause. */
    public static boolean matches(ApparatusEntry entry, String witness, String cause) {
        boolean byWitness = witness == null || ANY.equals(witness)
                || entry.readingOf(witness).isPresent() || entry.lemma().map(l -> l.names(witness)).orElse(false);
        boolean byCause = cause == null || ANY.equals(cause) || causesOf(entry).contains(cause);
        return byWitness && byCause;
    }

    /** The filter's choices of cause: "(all)" and every cause in the entries, sorted. */
    public static List<String> causeChoices(List<ApparatusEntry> entries) {
        TreeSet<String> causes = new TreeSet<>();
        entries.forEach(e -> causes.addAll(causesOf(e)));
        List<String> choices = new ArrayList<>();
        choices.add(ANY);
        choices.addAll(causes);
        return choices;
    }

    /**
     * What selecting an entry selects in the text, as {start, end}: the content of its lemma, between the start tag
     * and the end tag, so that typing over the selection corrects the lemma and keeps its markup; the whole
     * {@code <lem/>} when it is empty; the whole entry when it has no lemma. Quoted attribute values may hold '>'.
     */
    public static int[] lemmaRange(String text, ApparatusEntry entry) {
        Reading lemma = entry.lemma().orElse(null);
        if (lemma == null) {
            return new int[] {entry.start(), entry.end()};
        }
        int start = lemma.start();
        int end = lemma.end();
        if (start < 0 || end > text.length() || start >= end) {
            return new int[] {start, end};
        }
        char quote = 0;
        int close = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                close = i;
                break;
            }
        }
        if (close < 0 || text.charAt(close - 1) == '/') {
            return new int[] {start, end};
        }
        int endTag = text.lastIndexOf("</", end - 1);
        if (endTag <= close) {
            return new int[] {start, end};
        }
        return new int[] {close + 1, endTag};
    }

    /** The entry whose span holds the offset, or null. */
    public static ApparatusEntry at(List<ApparatusEntry> entries, int offset) {
        for (ApparatusEntry entry : entries) {
            if (entry.start() <= offset && offset < entry.end()) {
                return entry;
            }
        }
        return null;
    }
}
