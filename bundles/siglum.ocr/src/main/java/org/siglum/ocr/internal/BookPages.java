package org.siglum.ocr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of a plain OCR text of a book, from the evidence real exports give: form feeds where the engine wrote
 * them; else the page's furniture, found at the edges of the text's blocks. A running head is a short line that
 * repeats (nearly: OCR makes the repeats only nearly equal) at block edges a few lines apart, on nearby pages, with a
 * page number at its start or end or on the line beside it (where no repeat carries a number, it must repeat three
 * times); a page number is a number alone on its line beside a running head or in a block of its own. Page numbers
 * are not required to run in sequence, since OCR misreads digits (Thai ๔ and ๕, ๓ and ๘). Where the furniture is
 * found, a group of furniture lines (only blank lines between them) is a page boundary: running heads begin the next
 * page, page numbers alone end the page before (unless the text opens with one: then they begin pages). See decision
 * 0049.
 */
final class BookPages {

    /**
     * A page: its lines as index ranges of the text's lines; specks are the lines among top and foot that are no
     * furniture (specks the OCR read between a page's foot line and the next page's running head).
     */
    record Page(List<Integer> top, int bodyFrom, int bodyTo, List<Integer> foot, String number, Set<Integer> specks) {
        Page(List<Integer> top, int bodyFrom, int bodyTo, List<Integer> foot, String number) {
            this(top, bodyFrom, bodyTo, foot, number, Set.of());
        }
    }

    /** A page number as printed: 1 to 4 digits of any script, or a roman numeral, in dashes, brackets or dots. */
    private static final Pattern NUMBER = Pattern.compile(
            "[\\-\u2013\u2014.(\\[]*(\\p{Nd}{1,4}|[ivxlcdmIVXLCDM]{1,7})[\\-\u2013\u2014.)\\]]*");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Repeats of a running head are at least this many lines apart: on another page. */
    static final int APART = 6;
    /** Letters of a running head that repeats: similar this much (1 - edit distance / length). */
    static final double SIMILAR = 0.7;

    private final List<String> lines;
    private final boolean[] pageStart;
    private final boolean formFeeds;
    /** The index of each line among the non-blank lines. */
    private final int[] rank;

    private BookPages(List<String> lines, boolean[] pageStart, boolean formFeeds) {
        this.lines = lines;
        this.pageStart = pageStart;
        this.formFeeds = formFeeds;
        rank = new int[lines.size()];
        int r = 0;
        for (int i = 0; i < lines.size(); i++) {
            rank[i] = r;
            if (!blank(i)) {
                r++;
            }
        }
    }

    /**
     * The lines of a text (CR LF and CR already LF); with formFeeds a form feed ends a line and begins a page (the
     * index of its first line is added to formFeedPages), else it is a character of the line.
     */
    static List<String> lines(String text, boolean formFeeds, List<Integer> formFeedPages) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\f' && formFeeds) {
                out.add(text.substring(start, i));
                start = i + 1;
                if (c == '\f') {
                    formFeedPages.add(out.size());
                }
            }
        }
        return out;
    }

    /**
     * The pages of a text's lines: at form feeds when {@code formFeeds} (every form feed begins a page whose
     * furniture is found at its edges), else at the furniture found; null where no furniture is found.
     */
    static List<Page> find(List<String> lines, List<Integer> formFeedPages, boolean formFeeds) {
        boolean[] starts = new boolean[lines.size() + 1];
        for (int p : formFeedPages) {
            starts[p] = true;
        }
        return new BookPages(lines, starts, formFeeds).pages();
    }

    private boolean blank(int i) {
        return lines.get(i).isBlank();
    }

    private List<Page> pages() {
        double measure = measure();
        List<Integer> candidates = candidates(measure);
        List<Integer> heads = runningHeads(candidates);
        boolean[] furniture = new boolean[lines.size()];
        heads.forEach(i -> furniture[i] = true);
        List<Integer> alone = new ArrayList<>();
        for (int i : candidates) {
            if (numberOnly(lines.get(i)) && (formFeeds || nextTo(i, furniture))) {
                furniture[i] = true;
            } else if (numberOnly(lines.get(i)) && alone(i) && (!heads.isEmpty()
                    || candidates.stream().anyMatch(j -> j != i && numberOnly(lines.get(j)) && alone(j)
                            && Math.abs(rank[j] - rank[i]) >= APART))) {
                alone.add(i);
            }
        }
        keepInRhythm(alone, furniture);
        // a line with a page number at one end, beside furniture (a running head that does not repeat, on the page
        // after a page number at the foot), or with form feeds at a page edge where other pages have furniture
        boolean[] topFurniture = new boolean[2];
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i] && formFeeds) {
                topFurniture[pageTop(i) ? 0 : 1] = true;
            }
        }
        for (int i : candidates) {
            if (!furniture[i] && numberAt(lines.get(i)) != null && alone(i)
                    && (nextTo(i, furniture) || formFeeds && topFurniture[pageTop(i) ? 0 : 1])) {
                furniture[i] = true;
            }
        }
        if (formFeeds) {
            return formFeedPages(furniture);
        }
        boolean any = false;
        for (boolean f : furniture) {
            any |= f;
        }
        return any ? furniturePages(furniture) : null;
    }

    /**
     * Numbers alone in a block of their own are page numbers where they keep the book's rhythm: neither the page
     * they end nor the page they begin is shorter than three fifths of the median distance between the furniture
     * found so far (a speck read as a number falls mid-page). Without such a median (no running heads) all are kept.
     */
    private void keepInRhythm(List<Integer> alone, boolean[] furniture) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i] && (marks.isEmpty() || rank[i] - rank[marks.get(marks.size() - 1)] > 2)) {
                marks.add(i);
            }
        }
        List<Integer> gaps = new ArrayList<>();
        for (int k = 1; k < marks.size(); k++) {
            gaps.add(rank[marks.get(k)] - rank[marks.get(k - 1)]);
        }
        if (gaps.size() < 2) {
            alone.forEach(i -> furniture[i] = true);
            return;
        }
        gaps.sort(null);
        double page = gaps.get(gaps.size() / 2);
        for (int i : alone) {
            int before = Integer.MAX_VALUE;
            int after = Integer.MAX_VALUE;
            for (int m : marks) {
                int d = rank[i] - rank[m];
                if (d > 2) {
                    before = Math.min(before, d);
                } else if (d < -2) {
                    after = Math.min(after, -d);
                }
            }
            int nonBlank = rank[lines.size() - 1];
            before = Math.min(before, rank[i]); // the text's start bounds the first page
            after = Math.min(after, nonBlank - rank[i]);
            if (before >= 0.6 * page && after >= 0.6 * page || after <= 2 || before <= 2) {
                furniture[i] = true;
            }
        }
    }

    /** The median length of the non-blank lines, white space runs as one: the measure of a full line. */
    double measure() {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!blank(i)) {
                lengths.add(displayLength(lines.get(i)));
            }
        }
        if (lengths.isEmpty()) {
            return 0;
        }
        lengths.sort(null);
        return lengths.get(lengths.size() / 2);
    }

    /** The characters a line shows: combining marks (Thai vowels and tones above and below) and runs of spaces not. */
    static int displayLength(String line) {
        int n = 0;
        boolean space = false;
        String s = line.strip();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    n++;
                }
                space = true;
                continue;
            }
            space = false;
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                n++;
            }
        }
        return n;
    }

    /**
     * Lines that could be furniture: short lines (at most four fifths of the measure) at the edges of blocks (the
     * first two and the last two lines), or with form feeds at the edges of pages.
     */
    private List<Integer> candidates(double measure) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (blank(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && !blank(end) && (end == i || !pageStart[end])) {
                end++;
            }
            if (formFeeds) {
                // the edges of a page, not of every block
                boolean pageTop = pageTop(i);
                boolean pageFoot = pageFoot(end);
                for (int k = i; k < end; k++) {
                    boolean edge = pageTop && k < i + 2 || pageFoot && k >= end - 2;
                    if (edge && displayLength(lines.get(k)) <= Math.max(4, 0.8 * measure)) {
                        out.add(k);
                    }
                }
            } else {
                for (int k = i; k < end; k++) {
                    if ((k < i + 2 || k >= end - 2) && displayLength(lines.get(k)) <= Math.max(4, 0.8 * measure)) {
                        out.add(k);
                    }
                }
            }
            i = end;
        }
        return out;
    }

    /** Whether the block that begins at line i is the first block of its page. */
    private boolean pageTop(int i) {
        for (int k = i; k >= 0; k--) {
            if (pageStart[k] || k == 0) {
                for (int j = k; j < i; j++) {
                    if (!blank(j)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return true;
    }

    /** Whether the block that ends before line end is the last block of its page. */
    private boolean pageFoot(int end) {
        for (int k = end; k < lines.size(); k++) {
            if (pageStart[k]) {
                return true;
            }
            if (!blank(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The running heads among the candidates: the lines whose letters repeat at least {@link #APART} lines away
     * among the candidates near them, in groups; a group's members with a page number are running heads, or all of
     * them where none has one and the group has three (the text's first line then stays a heading).
     */
    private List<Integer> runningHeads(List<Integer> candidates) {
        List<Integer> withLetters = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        for (int i : candidates) {
            if (BookImport.noise(lines.get(i))) {
                continue; // specks repeat too, but are no running head
            }
            String l = letters(withoutNumber(lines.get(i)));
            if (l.codePointCount(0, l.length()) >= 3) {
                withLetters.add(i);
                letters.add(l);
            }
        }
        int n = withLetters.size();
        int[] group = new int[n];
        for (int a = 0; a < n; a++) {
            group[a] = a;
        }
        // nearby candidates only: a running head repeats on the pages around it (recto and verso alternate)
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n && b <= a + 16; b++) {
                if (Math.abs(rank[withLetters.get(b)] - rank[withLetters.get(a)]) >= APART
                        && similarity(letters.get(a), letters.get(b)) >= SIMILAR) {
                    union(group, a, b);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        java.util.Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (int a = 0; a < n; a++) {
            groups.computeIfAbsent(find(group, a), k -> new ArrayList<>()).add(a);
        }
        int firstLine = 0;
        while (firstLine < lines.size() && (blank(firstLine) || BookImport.noise(lines.get(firstLine)))) {
            firstLine++;
        }
        for (List<Integer> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            List<Integer> numbered = new ArrayList<>();
            for (int a : members) {
                int line = withLetters.get(a);
                if (numberAt(lines.get(line)) != null || numberBeside(line)) {
                    numbered.add(line);
                }
            }
            if (!numbered.isEmpty()) {
                out.addAll(numbered);
                if (numbered.size() >= 2) {
                    // a repeat whose number the OCR misread as letters: without its first or last token it is the
                    // numbered heads' text (a heading that resembles them is not: it has no token to spare)
                    for (int a : members) {
                        int line = withLetters.get(a);
                        if (!numbered.contains(line) && line != firstLine && misreadNumber(line, numbered)) {
                            out.add(line);
                        }
                    }
                }
            } else if (members.size() >= 3) {
                // the text's first line is a chapter title that the heads repeat
                for (int a : members) {
                    if (withLetters.get(a) != firstLine) {
                        out.add(withLetters.get(a));
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Whether a line, or the line without its first or last token (a number misread as letters), has the letters of
     * one of the numbered running heads (90 % alike: a heading that resembles them is less so).
     */
    private boolean misreadNumber(int line, List<Integer> numbered) {
        List<String> tokens = List.of(lines.get(line).strip().split("\\s+"));
        List<String> readings = new ArrayList<>();
        readings.add(lines.get(line)); // the number lost
        if (tokens.size() >= 2) {
            readings.add(String.join(" ", tokens.subList(1, tokens.size())));
            readings.add(String.join(" ", tokens.subList(0, tokens.size() - 1)));
        }
        for (String rest : readings) {
            String mine = letters(rest);
            for (int n : numbered) {
                if (similarity(mine, letters(withoutNumber(lines.get(n)))) >= 0.9) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] group, int a) {
        while (group[a] != a) {
            group[a] = group[group[a]];
            a = group[a];
        }
        return a;
    }

    private static void union(int[] group, int a, int b) {
        group[find(group, a)] = find(group, b);
    }

    /** Whether line i is specks with only blank lines and specks between it and the next furniture line. */
    private boolean specksBefore(int i, boolean[] furniture) {
        if (blank(i) || !BookImport.noise(lines.get(i))) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            if (furniture[k]) {
                return true;
            }
            if (!blank(k) && !BookImport.noise(lines.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** A number alone on the line before or after (a blank line between allowed). */
    private boolean numberBeside(int line) {
        for (int step : new int[] {-1, 1}) {
            int k = line + step;
            if (k >= 0 && k < lines.size() && blank(k)) {
                k += step;
            }
            if (k >= 0 && k < lines.size() && numberOnly(lines.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line before or after (a blank line between allowed) is furniture. */
    private boolean nextTo(int line, boolean[] furniture) {
        for (int step : new int[] {-1, 1}) {
            int k = line + step;
            if (k >= 0 && k < lines.size() && blank(k)) {
                k += step;
            }
            if (k >= 0 && k < lines.size() && furniture[k]) {
                return true;
            }
        }
        return false;
    }

    /** A line in a block of its own (blank lines or the text's ends around it). */
    private boolean alone(int i) {
        return (i == 0 || blank(i - 1) || pageStart[i]) && (i + 1 >= lines.size() || blank(i + 1) || pageStart[i + 1]);
    }

    private List<Page> formFeedPages(boolean[] furniture) {
        List<Page> pages = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || pageStart[i]) {
                // the form feed after the last page ends it: no page follows
                if (!(i == lines.size() && allBlank(from, i) && !pages.isEmpty())) {
                    pages.add(page(from, i, furniture));
                }
                from = i;
            }
        }
        return pages;
    }

    private boolean allBlank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!blank(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A page of lines [from, to): its furniture the furniture lines at its top and foot, blank lines and specks
     * between them.
     */
    private Page page(int from, int to, boolean[] furniture) {
        Set<Integer> specks = new java.util.HashSet<>();
        List<Integer> top = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        int bodyFrom = from;
        for (int k = from; k < to; k++) {
            if (blank(k)) {
                continue;
            }
            if (furniture[k]) {
                top.addAll(pending);
                specks.addAll(pending);
                pending.clear();
                top.add(k);
                bodyFrom = k + 1;
            } else if (BookImport.noise(lines.get(k)) && pending.size() < 2) {
                pending.add(k);
            } else {
                break;
            }
        }
        List<Integer> foot = new ArrayList<>();
        pending.clear();
        int bodyTo = to;
        for (int k = to - 1; k >= bodyFrom; k--) {
            if (blank(k)) {
                continue;
            }
            if (furniture[k]) {
                foot.addAll(0, pending);
                specks.addAll(pending);
                pending.clear();
                foot.add(0, k);
                bodyTo = k;
            } else if (BookImport.noise(lines.get(k)) && pending.size() < 2) {
                pending.add(0, k);
            } else {
                break;
            }
        }
        return new Page(top, bodyFrom, bodyTo, foot, number(top, foot), specks);
    }

    /**
     * Pages at the groups of furniture: running heads begin a page, numbers alone end one (begin one where the
     * text opens with a number alone); a group before all text is the first page's top, after all text the last
     * page's foot.
     */
    private List<Page> furniturePages(boolean[] furniture) {
        int firstBody = -1;
        int lastBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!blank(i) && !furniture[i]) {
                if (firstBody < 0) {
                    firstBody = i;
                }
                lastBody = i;
            }
        }
        boolean numbersOnTop = false;
        boolean headsAtFoot = false;
        boolean headsOnTop = false;
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i]) {
                boolean before = firstBody < 0 || i < firstBody;
                boolean after = i > lastBody;
                if (numberOnly(lines.get(i))) {
                    numbersOnTop |= before;
                } else {
                    headsOnTop |= before;
                    headsAtFoot |= after;
                }
            }
        }
        boolean headsTop = !(headsAtFoot && !headsOnTop);
        List<Page> pages = new ArrayList<>();
        List<Integer> top = new ArrayList<>();
        Set<Integer> pageSpecks = new java.util.HashSet<>();
        int bodyFrom = 0;
        int i = 0;
        while (i < lines.size()) {
            if (!furniture[i]) {
                i++;
                continue;
            }
            List<Integer> groupLines = new ArrayList<>();
            int end = i;
            Set<Integer> specks = new java.util.HashSet<>();
            while (end < lines.size() && (furniture[end] || blank(end) || specksBefore(end, furniture))) {
                if (furniture[end]) {
                    groupLines.add(end);
                } else if (!blank(end)) {
                    groupLines.add(end);
                    specks.add(end);
                }
                end++;
            }
            // trailing blank lines belong to the body after
            int last = groupLines.get(groupLines.size() - 1);
            boolean atStart = firstBody < 0 || i < firstBody;
            boolean atEnd = i > lastBody;
            int split = groupLines.size();
            for (int g = 0; g < groupLines.size(); g++) {
                if (specks.contains(groupLines.get(g))) {
                    continue; // specks go with the furniture around them
                }
                boolean number = numberOnly(lines.get(groupLines.get(g)));
                if (number ? numbersOnTop : headsTop) {
                    split = g;
                    break;
                }
            }
            if (atStart) {
                split = 0;
            } else if (atEnd) {
                split = groupLines.size();
            }
            List<Integer> foot = new ArrayList<>(groupLines.subList(0, split));
            List<Integer> nextTop = new ArrayList<>(groupLines.subList(split, groupLines.size()));
            if (!atStart) {
                pages.add(new Page(top, bodyFrom, groupLines.get(0), foot, number(top, foot), pageSpecks));
                if (atEnd) {
                    return pages; // the text ends with furniture: no page follows
                }
            }
            top = nextTop;
            pageSpecks = specks;
            bodyFrom = last + 1;
            i = end;
        }
        pages.add(new Page(top, bodyFrom, lines.size(), List.of(), number(top, List.of()), pageSpecks));
        return pages;
    }

    private String number(List<Integer> top, List<Integer> foot) {
        for (List<Integer> part : List.of(top, foot)) {
            for (int k : part) {
                int[] at = numberAt(lines.get(k));
                if (at != null) {
                    String token = lines.get(k).substring(at[0], at[1]).strip();
                    return token.replaceAll("[^\\p{Nd}\\p{L}]", "");
                }
            }
        }
        return null;
    }

    /**
     * Where the page number of a line stands: the first or last token (tokens without letters or digits, specks the
     * OCR read, aside) when it is a number; a roman numeral only where it is the whole line. Null where none is.
     */
    static int[] numberAt(String line) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            String t = m.group();
            if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                tokens.add(new int[] {m.start(), m.end()});
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        for (int[] t : tokens.size() == 1 ? List.of(tokens.get(0)) : List.of(tokens.get(0), tokens.get(tokens.size() - 1))) {
            String s = line.substring(t[0], t[1]);
            Matcher n = NUMBER.matcher(s);
            if (n.matches() && (n.group(1).codePoints().allMatch(Character::isDigit) || tokens.size() == 1)) {
                return t;
            }
        }
        return null;
    }

    /** A number alone on its line (specks aside). */
    static boolean numberOnly(String line) {
        return numberAt(line) != null && letters(withoutNumber(line)).isEmpty();
    }

    /** The line without its page number. */
    static String withoutNumber(String line) {
        int[] at = numberAt(line);
        return at == null ? line : line.substring(0, at[0]) + line.substring(at[1]);
    }

    /** Digits of any script and superscript digits as ASCII digits; the rest unchanged. */
    static String ascii(String number) {
        StringBuilder out = new StringBuilder();
        number.codePoints().forEach(c -> {
            int sup = TeiWriter.superscriptValue(c);
            int d = sup >= 0 ? sup : Character.digit(c, 10);
            if (d >= 0) {
                out.append((char) ('0' + d));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String letters(String text) {
        return Resemblance.letters(text);
    }

    /**
     * {@link Resemblance#similarity}, 0 at once for texts too different in length to be {@link #SIMILAR}: the
     * grouping compares many lines.
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || Math.min(a.length(), b.length()) < SIMILAR * Math.max(a.length(), b.length())) {
            return 0;
        }
        return Resemblance.similarity(a, b);
    }
}
