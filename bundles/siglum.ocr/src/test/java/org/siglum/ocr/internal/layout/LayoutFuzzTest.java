package org.siglum.ocr.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siglum.core.XmlTree;
import org.siglum.ocr.ImportOptions;
import org.siglum.ocr.LayoutImport;
import org.siglum.ocr.LayoutImportException;
import org.siglum.ocr.OcrSource;
import org.siglum.witness.internal.TeiWitnessText;

/**
 * Real OCR files damaged at random (seeded): cut anywhere, numbers made huge, negative or not numbers, attributes and
 * elements dropped or doubled, characters XML cannot hold put in. Each import either refuses the file with its place
 * (a {@link LayoutImportException} naming FILE:LINE:COL) or gives a well-formed edition; nothing else escapes.
 */
class LayoutFuzzTest {

    private static final String[] FILES = {"book1/p002.hocr", "book1/p002.xml", "book1/p002.page"};
    private static final String[] ODD = {"99999999999999", "-5", "1e400", "NaN", "x", "", "0", "\u0001", "&#1;", "&amp;",
            "<", "]]>", "\"", "'", "<span class='ocrx_word' title='bbox 1 2 3'>", "</div>", "<TextLine>", "<String/>",
            "\uD800", "&x;"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 120).mapToObj(i -> 7000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDamagedFileIsRefusedWithItsPlaceOrImportedWellFormed(long seed) throws Exception {
        Random random = new Random(seed);
        String name = FILES[(int) (seed % FILES.length)];
        String content = LayoutImportTest.resource(name);
        StringBuilder damaged = new StringBuilder(content);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(damaged.length());
            switch (random.nextInt(5)) {
                case 0 -> damaged.setLength(at); // cut
                case 1 -> { // a number replaced
                    int digit = indexOfDigit(damaged, at);
                    if (digit >= 0) {
                        int end = digit;
                        while (end < damaged.length() && Character.isDigit(damaged.charAt(end))) {
                            end++;
                        }
                        damaged.replace(digit, end, ODD[random.nextInt(ODD.length)]);
                    }
                }
                case 2 -> damaged.insert(at, ODD[random.nextInt(ODD.length)]);
                case 3 -> damaged.delete(at, Math.min(damaged.length(), at + random.nextInt(200)));
                default -> { // a stretch doubled
                    int end = Math.min(damaged.length(), at + random.nextInt(400));
                    damaged.insert(end, damaged.substring(at, end));
                }
            }
            if (damaged.length() == 0) {
                damaged.append('<');
            }
        }
        OcrSource source = OcrSource.of("damaged", damaged.toString());
        try {
            LayoutImport result = new FacsimileOcrImporter().importPages(List.of(source), ImportOptions.defaults(),
                    0.6);
            XmlTree tree = XmlTree.parse(result.xml());
            assertThat(tree.problems()).as("seed %d", seed).isEmpty();
            new TeiWitnessText().text(tree, "OCR");
        } catch (LayoutImportException e) {
            assertThat(e.getMessage()).as("seed %d", seed).matches("damaged:\\d+:\\d+: .+");
        }
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
