package org.siglum.citations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.BibEntry;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.CitationFormatter;
import org.siglum.citations.Footnote;
import org.siglum.citations.FormattedEdition;
import org.siglum.citations.NoteCitation;
import org.siglum.citations.NoteService;
import org.siglum.citations.OutputFormat;
import org.siglum.core.EditionDocument;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLProperties;
import de.undercouch.citeproc.output.Bibliography;

/**
 * CSL formatting with citeproc-java, with its faults mended (decision 0014): we decide each citation's position
 * (first, subsequent, ibid, ibid-with-locator) ourselves and render it with a copy of the style whose position tests
 * are fixed to that position, because citeproc-java 3.5.2 never evaluates {@code position="subsequent"} as true.
 */
@Component(service = CitationFormatter.class)
public final class CiteprocCitationFormatter implements CitationFormatter {
    static final String RESOURCES = "/org/siglum/citations/internal/csl/";
    private static final Set<String> STYLES = Set.of("chicago-notes-bibliography",
            "chicago-notes-bibliography-subsequent-ibid", "apa", "modern-language-association");
    private static final Set<String> LOCALES = Set.of("en-US", "en-GB", "th-TH");
    private static final Pattern CONDITION = Pattern.compile("<(if|else-if)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
    private static final Pattern MATCH = Pattern.compile("\\bmatch=\"([^\"]*)\"");

    enum Position {
        FIRST, SUBSEQUENT, IBID, IBID_WITH_LOCATOR, BIBLIOGRAPHY
    }

    private final NoteService notes;
    private final BibliographyService bibliography;
    private final Map<String, String> styleXml = new HashMap<>();
    private final Map<String, CSL> processors = new HashMap<>();
    private final SwappableProvider provider = new SwappableProvider();

    @Activate
    public CiteprocCitationFormatter(@Reference NoteService notes, @Reference BibliographyService bibliography) {
        this.notes = notes;
        this.bibliography = bibliography;
    }

    @Override
    public Set<String> styles() {
        return new java.util.TreeSet<>(STYLES);
    }

    @Override
    public Set<String> locales() {
        return new java.util.TreeSet<>(LOCALES);
    }

    @Override
    public String locale(EditionDocument document, String requested) {
        if (requested != null && !requested.isBlank() && !requested.equals(AUTO_LOCALE)) {
            return requested;
        }
        String lang = document.tree().root().flatMap(r -> r.attribute("http://www.w3.org/XML/1998/namespace", "lang"))
                .orElse("").strip();
        String primary = lang.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
        return switch (primary) {
            case "th" -> "th-TH";
            case "en" -> lang.equalsIgnoreCase("en-GB") ? "en-GB" : "en-US";
            default -> "en-US";
        };
    }

    @Override
    public FormattedEdition format(EditionDocument document, String style, String requestedLocale,
            OutputFormat format) {
        String locale = locale(document, requestedLocale);
        List<BibEntry> entries = bibliography.entries(document);
        List<Footnote> footnotes = new ArrayList<>();
        for (Footnote f : notes.footnotes(document)) {
            if (!f.citations().isEmpty()) {
                footnotes.add(f);
            }
        }
        List<List<NoteCitation>> cites = footnotes.stream().map(Footnote::citations).toList();
        List<String> formatted = formatNotes(entries, cites, style, locale, format);
        List<FormattedEdition.FormattedNote> out = new ArrayList<>();
        for (int i = 0; i < footnotes.size(); i++) {
            out.add(new FormattedEdition.FormattedNote(footnotes.get(i).id(), footnotes.get(i).number(),
                    formatted.get(i)));
        }
        return new FormattedEdition(style, locale, out, formatBibliography(entries, style, locale, format));
    }

    @Override
    public synchronized List<String> formatNotes(List<BibEntry> entries, List<List<NoteCitation>> citations,
            String style, String locale, OutputFormat format) {
        check(style, locale);
        Map<String, CSLItemData> items = items(entries);
        provider.items = items;
        List<String> out = new ArrayList<>();
        NoteCitation previous = null;
        boolean previousNoteSingle = false;
        Set<String> cited = new LinkedHashSet<>();
        Set<String> ambiguous = ambiguous(entries);
        boolean inText = styleXml(style).matches("(?s).*<style[^>]*class=\"in-text\".*");
        for (List<NoteCitation> note : citations) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < note.size(); i++) {
                NoteCitation c = note.get(i);
                if (!items.containsKey(c.entryId())) {
                    parts.add("[" + c.entryId() + "?]");
                    previous = null;
                    continue;
                }
                Position position;
                NoteCitation before = i > 0 ? note.get(i - 1) : previousNoteSingle ? previous : null;
                if (!cited.contains(c.entryId())) {
                    position = Position.FIRST;
                } else if (before != null && before.entryId().equals(c.entryId())) {
                    position = Objects.equals(before.range(), c.range()) ? Position.IBID
                            : c.range() == null ? Position.SUBSEQUENT : Position.IBID_WITH_LOCATOR;
                } else {
                    position = Position.SUBSEQUENT;
                }
                cited.add(c.entryId());
                parts.add(render(style, locale, format, position, c, ambiguous.contains(c.entryId())));
                previous = c;
            }
            previousNoteSingle = note.size() == 1;
            out.add(join(parts, inText));
        }
        return out;
    }

    @Override
    public synchronized List<String> formatBibliography(List<BibEntry> entries, String style, String locale,
            OutputFormat format) {
        check(style, locale);
        Map<String, CSLItemData> items = items(entries);
        provider.items = items;
        CSL csl = processor(style, locale, new Variant(Position.BIBLIOGRAPHY, false, null), format);
        csl.reset();
        csl.registerCitationItems(items.keySet());
        Bibliography b = csl.makeBibliography();
        List<String> out = new ArrayList<>();
        for (String e : b.getEntries()) {
            out.add(finish(e.strip(), style, locale, format, true));
        }
        return out;
    }

    private void check(String style, String locale) {
        if (!STYLES.contains(style)) {
            throw new IllegalArgumentException("style " + style + " is not installed (" + String.join(", ", styles())
                    + ")");
        }
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("locale " + locale + " is not installed ("
                    + String.join(", ", locales()) + ")");
        }
    }

    private static Map<String, CSLItemData> items(List<BibEntry> entries) {
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (BibEntry e : entries) {
            items.put(e.id(), CslMapping.toItem(e));
        }
        return items;
    }

    private String render(String style, String locale, OutputFormat format, Position position, NoteCitation c,
            boolean disambiguate) {
        String unit = c.range() == null ? null : c.unit() == null ? "page" : c.unit();
        CSL csl = processor(style, locale, new Variant(position, disambiguate, unit), format);
        csl.reset(); // every citation is "first" to citeproc; the style copy knows its real position
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(c.entryId());
        if (c.range() != null) {
            item.locator(c.range()).label(label(c.unit()));
        }
        CSLCitation citation = new CSLCitation(new CSLCitationItem[] {item.build()}, "c", new CSLProperties(1, false));
        String text = csl.makeCitation(citation).get(0).getText();
        return finish(text.strip(), style, locale, format, false);
    }

    private static CSLLabel label(String unit) {
        if (unit == null) {
            return CSLLabel.PAGE;
        }
        return switch (unit) {
            case "chapter" -> CSLLabel.CHAPTER;
            case "volume" -> CSLLabel.VOLUME;
            case "section" -> CSLLabel.SECTION;
            case "line" -> CSLLabel.LINE;
            case "folio" -> CSLLabel.FOLIO;
            case "paragraph", "para" -> CSLLabel.PARAGRAPH;
            default -> CSLLabel.PAGE;
        };
    }

    /** Entries whose first author has another work in the bibliography: short forms need their titles. */
    private static Set<String> ambiguous(List<BibEntry> entries) {
        Map<String, List<String>> byAuthor = new HashMap<>();
        for (BibEntry e : entries) {
            List<org.siglum.citations.BibName> names = e.authors().isEmpty() ? e.editors() : e.authors();
            String key = names.isEmpty() ? "" : names.get(0).isLiteral() ? names.get(0).literal() : names.get(0).family();
            byAuthor.computeIfAbsent(key, k -> new ArrayList<>()).add(e.id());
        }
        Set<String> out = new java.util.HashSet<>();
        byAuthor.values().stream().filter(l -> l.size() > 1).forEach(out::addAll);
        return out;
    }

    private static String join(List<String> parts, boolean inText) {
        if (parts.size() <= 1) {
            return capitalise(parts.isEmpty() ? "" : parts.get(0));
        }
        if (inText && parts.stream().allMatch(p -> p.startsWith("(") && p.endsWith(")"))) {
            // one parenthesis for the whole note: (Stalin, 1953, p. 20; Cohen, 1970, p. 441)
            return "(" + String.join("; ", parts.stream().map(p -> p.substring(1, p.length() - 1)).toList()) + ")";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i + 1 < parts.size() && p.endsWith(".")) {
                p = p.substring(0, p.length() - 1);
            }
            if (i > 0) {
                out.append("; ");
            }
            out.append(p);
        }
        return capitalise(out.toString());
    }

    /** A note begins with a capital: "Ibid." (citeproc-js does this for note styles; citeproc-java does not). */
    private static String capitalise(String s) {
        Matcher m = Pattern.compile("^((?:<[^>]*>)*)ibid").matcher(s);
        return m.find() ? m.group(1) + "Ibid" + s.substring(m.end()) : s;
    }

    private static String finish(String s, String style, String locale, OutputFormat format, boolean block) {
        String t = s;
        if (style.equals("apa") && locale.startsWith("en")) {
            // citeproc-java takes the long form of the editor term; APA wants the short one
            t = t.replace("(Editors)", "(Eds.)").replace("(Editor)", "(Ed.)").replace("(Translators)", "(Trans.)")
                    .replace("(Translator)", "(Trans.)");
        }
        // citeproc-java writes the delimiter of an empty name list (translator without editor): ", , trans."
        t = t.replace("(; ", "(").replace(", , ", ", ").replace(". . ", ". ").replace(". , ", ". ");
        return switch (format) {
            case TEXT -> CiteprocOutput.plain(t);
            case HTML -> CiteprocOutput.xhtml(t);
            case FO -> CiteprocOutput.fo(CiteprocOutput.xhtml(t), block);
        };
    }

    private CSL processor(String style, String locale, Variant variant, OutputFormat format) {
        String key = style + "|" + locale + "|" + variant + "|" + (format == OutputFormat.TEXT ? "text" : "html");
        CSL csl = processors.get(key);
        if (csl == null) {
            String xml = fixConditions(styleXml(style), variant);
            try {
                csl = new CSL(provider, CiteprocCitationFormatter::locale, new DefaultAbbreviationProvider(), xml, locale);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            csl.setOutputFormat(format == OutputFormat.TEXT ? "text" : "html");
            processors.put(key, csl);
        }
        return csl;
    }

    private String styleXml(String style) {
        return styleXml.computeIfAbsent(style, s -> resource(s + ".csl"));
    }

    static String locale(String lang) {
        String tag = LOCALES.contains(lang) ? lang : lang.startsWith("th") ? "th-TH" : "en-US";
        String xml = resource("locales-" + tag + ".xml");
        return tag.equals("th-TH") ? thaiTerms(xml) : xml;
    }

    private static final Pattern VOLUME_TERM = Pattern.compile(
            "<term name=\"volume\"( form=\"short\")?>\\s*<single>[^<]*</single>\\s*<multiple>[^<]*</multiple>\\s*</term>");

    /**
     * The th-TH locale of the CSL project (26.2) calls a volume ปีที่/ปี, the "year" of a Thai journal's numbering: in
     * a book series, as in "Works, vol. 11", it reads as a year ("ปี 11"). A volume is เล่มที่, short เล่ม.
     */
    static String thaiTerms(String xml) {
        Matcher m = VOLUME_TERM.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1) == null ? "เล่มที่" : "เล่ม";
            m.appendReplacement(out, Matcher.quoteReplacement("<term name=\"volume\"" + (m.group(1) == null ? "" : m.group(1))
                    + "><single>" + word + "</single><multiple>" + word + "</multiple></term>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = CiteprocCitationFormatter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing CSL resource " + name + " in the citations bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The style with every test citeproc-java gets wrong replaced by one whose truth, in a processor that has seen
     * nothing yet, is that of the test for this citation: {@code position="first"} is then always true and
     * {@code position="ibid"} always false. The tests: {@code position} (citeproc-java never sees "subsequent"),
     * {@code disambiguate} (it takes it as always true, so MLA printed titles in every citation), {@code locator}
     * (it never matched "page").
     */
    static String fixConditions(String xml, Variant v) {
        Matcher m = CONDITION.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String attrs = m.group(2);
            Matcher mm = MATCH.matcher(attrs);
            String match = mm.find() ? mm.group(1) : "all";
            boolean all = match.equals("all");
            boolean result = all;
            boolean any = false;
            StringBuilder rest = new StringBuilder();
            Matcher a = ATTRIBUTE.matcher(attrs);
            while (a.find()) {
                String name = a.group(1);
                if (!name.equals("position") && !name.equals("disambiguate") && !name.equals("locator")) {
                    rest.append(' ').append(a.group());
                    continue;
                }
                any = true;
                for (String token : a.group(2).trim().split("\\s+")) {
                    boolean holds = switch (name) {
                        case "position" -> holds(token, v.position());
                        case "disambiguate" -> token.equals("true") == v.disambiguate();
                        default -> token.equals(v.unit());
                    };
                    result = all ? result && holds : result || holds;
                }
            }
            if (!any) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String replaced = rest + " position=\"" + (result ? "first" : "ibid") + "\""
                    + (attrs.strip().endsWith("/") ? "/" : "");
            m.appendReplacement(out, Matcher.quoteReplacement("<" + m.group(1) + replaced + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What decides a citation's form: its position, whether its author needs the title, the unit cited. */
    record Variant(Position position, boolean disambiguate, String unit) {
    }

    private static boolean holds(String token, Position position) {
        return switch (token) {
            case "first" -> position == Position.FIRST;
            case "subsequent" -> position != Position.FIRST;
            case "ibid" -> position == Position.IBID || position == Position.IBID_WITH_LOCATOR;
            case "ibid-with-locator" -> position == Position.IBID_WITH_LOCATOR;
            // notes follow one another closely in an edition; a subsequent citation counts as near
            case "near-note" -> position != Position.FIRST;
            default -> false;
        };
    }

    /** The items of the call in progress (calls are synchronized). */
    private static final class SwappableProvider implements ItemDataProvider {
        Map<String, CSLItemData> items = Map.of();

        @Override
        public CSLItemData retrieveItem(String id) {
            return items.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return items.keySet();
        }
    }
}
