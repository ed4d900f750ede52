package org.example.siglum.characters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The inventory without a window: what counts as the text, and what a row says. */
class CharacterInventoryTest {

    private static final String TEI = "<TEI><teiHeader><title>Header ignored</title></teiHeader>"
            + "<text><body><p n=\"1\">กข<!-- not text -->ก &#x0E01;&amp;o<hi>ก</hi></p></body></text></TEI>";

    @Test
    void theTextIsWhatAReaderSeesFromTheTeiTextOn() {
        CharacterInventory inventory = CharacterInventory.of(TEI);
        List<CharacterInventory.Entry> entries = inventory.entries();
        assertEquals(List.of("U+0E01", "U+0026", "U+006F", "U+0E02"), entries.stream().map(CharacterInventory.Entry::hex).toList());
        assertEquals(4, entries.get(0).count());
        assertEquals("THAI CHARACTER KO KAI", entries.get(0).name());
        assertEquals("Thai", entries.get(0).script());
        assertEquals("7 characters, 4 distinct: Thai 71.4%, Common 14.3%, Latin 14.3%", inventory.summary());
        int first = TEI.indexOf("กข");
        assertEquals(first, entries.get(0).next(0));
        assertEquals(TEI.indexOf("&#x0E01;"), entries.get(0).next(TEI.indexOf("ก ") + 1));
    }

    @Test
    void aCombiningMarkIsShownOnADottedCircle() {
        CharacterInventory.Entry mark = CharacterInventory.of("<text>\u0E48</text>").entries().get(0);
        assertEquals("\u25CC\u0E48", mark.shown());
        assertEquals("THAI CHARACTER MAI EK", mark.name());
    }
}
