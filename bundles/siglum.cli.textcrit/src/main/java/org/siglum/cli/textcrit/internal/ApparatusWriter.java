package org.siglum.cli.textcrit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siglum.collation.Collation;
import org.siglum.collation.Reading;
import org.siglum.collation.VariantPlace;
import org.siglum.collation.Witness;
import org.siglum.core.Xml;

/** A collation as TEI (parallel segmentation in the base text), as JSON data, and as a plain table. */
final class ApparatusWriter {
    private ApparatusWriter() {
    }

    /**
     * A minimal TEI document: the witnesses in {@code listWit}, the base text in one {@code ab} with an {@code app}
     * at each variant place: {@code lem} for the base text and the witnesses that agree with it, one {@code rdg} per
     * other reading.
     */
    static String tei(Collation collation, Map<String, String> sources) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n");
        x.append("  <teiHeader>\n    <fileDesc>\n");
        x.append("      <titleStmt><title>Collation of ");
        List<String> ids = new ArrayList<>();
        for (Witness w : collation.witnesses()) {
            ids.add(w.id());
        }
        Xml.appendText(x, String.join(", ", ids));
        x.append("</title></titleStmt>\n");
        x.append("      <publicationStmt><p>Written by siglum collate.</p></publicationStmt>\n");
        x.append("      <sourceDesc>\n        <listWit>\n");
        for (Witness w : collation.witnesses()) {
            x.append("          <witness xml:id=\"").append(w.id()).append("\">");
            Xml.appendText(x, sources.getOrDefault(w.id(), w.id()));
            x.append("</witness>\n");
        }
        x.append("        </listWit>\n      </sourceDesc>\n    </fileDesc>\n");
        x.append("    <encodingDesc><variantEncoding method=\"parallel-segmentation\" location=\"internal\"/></encodingDesc>\n");
        x.append("  </teiHeader>\n  <text><body><ab>");
        String base = collation.base().text();
        int at = 0;
        for (VariantPlace place : collation.places()) {
            Reading lemma = place.lemma();
            Xml.appendText(x, base.substring(at, lemma.start()));
            app(x, place);
            at = lemma.end();
        }
        Xml.appendText(x, base.substring(at));
        x.append("</ab></body></text>\n</TEI>\n");
        return x.toString();
    }

    private static void app(StringBuilder x, VariantPlace place) {
        x.append("<app>");
        boolean first = true;
        for (List<Reading> group : place.groups()) {
            String element = first ? "lem" : "rdg";
            first = false;
            x.append('<').append(element).append(" wit=\"");
            for (int k = 0; k < group.size(); k++) {
                x.append(k > 0 ? " #" : "#").append(group.get(k).witness());
            }
            x.append('"');
            String text = group.get(0).text();
            if (text.isEmpty()) {
                x.append("/>");
            } else {
                x.append('>');
                Xml.appendText(x, text);
                x.append("</").append(element).append('>');
            }
        }
        x.append("</app>");
    }

    /** Plain data for {@link org.siglum.cli.Json}. */
    static Map<String, Object> data(Collation collation, Map<String, String> sources) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> witnesses = new ArrayList<>();
        for (Witness w : collation.witnesses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", w.id());
            m.put("source", sources.getOrDefault(w.id(), w.id()));
            m.put("length", w.text().length());
            witnesses.add(m);
        }
        root.put("base", collation.base().id());
        root.put("witnesses", witnesses);
        List<Object> places = new ArrayList<>();
        for (VariantPlace place : collation.places()) {
            List<Object> readings = new ArrayList<>();
            for (Reading r : place.readings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("wit", r.witness());
                m.put("start", r.start());
                m.put("end", r.end());
                m.put("text", r.text());
                readings.add(m);
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("readings", readings);
            places.add(p);
        }
        root.put("places", places);
        return root;
    }

    /** One line per place: the base offset, then each witness's reading ("-" for none). */
    static String table(Collation collation) {
        StringBuilder t = new StringBuilder();
        t.append("offset");
        for (Witness w : collation.witnesses()) {
            t.append('\t').append(w.id());
        }
        t.append('\n');
        for (VariantPlace place : collation.places()) {
            t.append(place.lemma().start());
            for (Reading r : place.readings()) {
                t.append('\t').append(r.text().isEmpty() ? "-" : r.text().replace('\t', ' ').replace("\n", "⏎"));
            }
            t.append('\n');
        }
        return t.toString();
    }
}
