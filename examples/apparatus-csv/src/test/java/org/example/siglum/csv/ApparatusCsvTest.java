package org.example.siglum.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.Reading;

/** The rows the format writes, checked without Siglum running: the API's records are plain values. */
class ApparatusCsvTest {

    @Test
    void aFieldWithTheSeparatorAQuoteOrALineBreakIsQuoted() {
        Csv csv = new Csv(',');
        assertEquals("สตาลิน,\"a, b\",\"say \"\"om.\"\"\",\"two\nlines\"\r\n",
                csv.row(List.of("สตาลิน", "a, b", "say \"om.\"", "two\nlines")));
        assertEquals("a;b\r\n", new Csv(';').row(List.of("a", "b")));
    }

    @Test
    void oneRowPerReadingWithTheLemmaAndItsWitnessesOnEach() {
        Reading lemma = new Reading("นโยบาย", List.of("#ED"), null, null, 10, 40);
        Reading ocr = new Reading("นโยบา ย", List.of("#OCR"), "ocr-error", "spacing", 41, 70);
        Reading other = new Reading("", List.of("#A", "#B"), null, null, 71, 90);
        ApparatusEntry entry = new ApparatusEntry("app-1", 1, true, 0, 100, 12, 5, Optional.of(lemma),
                List.of(ocr, other), null, null);
        assertEquals(List.of(List.of("app-1", "12", "5", "นโยบาย", "#ED", "#OCR", "นโยบา ย", "ocr-error", "spacing"),
                List.of("app-1", "12", "5", "นโยบาย", "#ED", "#A #B", "om.", "", "")), ApparatusCsvExporter.rows(entry));
    }
}
