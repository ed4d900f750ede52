package org.siglum.thai.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siglum.core.testing.ProjectFiles;

/** Finding Thai words in the sample chapter's source, plain, as whole words, and across markup. */
class TextFinderTest {

    private static String sample;

    @BeforeAll
    static void read() throws Exception {
        sample = ProjectFiles.read("samples/chapter-3.xml");
    }

    private static List<Match> plain(String text, String word) {
        return TextFinder.findAll(text, new FindQuery(word, true, false, false));
    }

    private static List<Match> whole(String text, String word) {
        return TextFinder.findAll(text, new FindQuery(word, true, true, false));
    }

    @Test
    void plainTextIsFoundInsideLongerWords() {
        List<Match> matches = plain(sample, "รัฐ");
        assertThat(matches).isNotEmpty();
        assertThat(matches).anySatisfy(m -> assertThat(sample.startsWith("รัฐบาล", m.start())).isTrue());
        assertThat(matches).allSatisfy(m -> assertThat(sample.substring(m.start(), m.end())).isEqualTo("รัฐ"));
    }

    @Test
    void aWholeWordIsNotFoundWhereItIsPartOfALongerWord() {
        // รัฐ "state" inside รัฐบาล "government": ICU's dictionary makes รัฐบาล one word
        List<Match> words = whole(sample, "รัฐ");
        assertThat(words).isNotEmpty().hasSizeLessThan(plain(sample, "รัฐ").size());
        assertThat(words).noneSatisfy(m -> assertThat(sample.startsWith("รัฐบาล", m.start())).isTrue());
        // การ "the act of" inside กรรมการ "committee"
        assertThat(whole(sample, "การ")).noneSatisfy(m -> assertThat(sample.substring(m.start() - 4, m.end()))
                .isEqualTo("กรรมการ"));
        assertThat(whole(sample, "กรรมการ")).isNotEmpty();
    }

    @Test
    void aWordNextToMarkupIsAWholeWord() {
        // <lem wit="#ED">กรรมการ</lem>: the tags are boundaries in the source
        int lemma = sample.indexOf("<lem wit=\"#ED\">กรรมการ</lem>") + "<lem wit=\"#ED\">".length();
        assertThat(whole(sample, "กรรมการ")).extracting(Match::start).contains(lemma);
    }

    @Test
    void caseIsIgnoredOnRequest() {
        assertThat(TextFinder.findAll(sample, new FindQuery("vesenkha", true, false, false))).isEmpty();
        assertThat(TextFinder.findAll(sample, new FindQuery("vesenkha", false, false, false))).hasSize(1);
    }

    @Test
    void ignoringMarkupFindsAWordSplitByAPageBreak() {
        String text = "<p>ความ<app><lem>สถาน</lem><rdg wit=\"#OCR\">สอดาน</rdg></app><pb n=\"4\"/>การณ์เช่นนี้</p>";
        assertThat(plain(text, "สถานการณ์")).isEmpty();
        List<Match> across = TextFinder.findAll(text, new FindQuery("สถานการณ์", true, true, true));
        assertThat(across).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(text.indexOf("สถาน"));
            assertThat(m.end()).isEqualTo(text.indexOf("เช่นนี้"));
            assertThat(m.crossesMarkup()).isTrue();
        });
        // the reading is not the running text
        assertThat(TextFinder.findAll(text, new FindQuery("สอดาน", true, false, true))).isEmpty();
    }

    @Test
    void ignoringMarkupInTheSampleJoinsALemmaToTheWordsAroundIt() {
        // ...การเรียกเก็บพืชผล<app ...><lem wit="#ED">ปศุสัตว์</lem><rdg ...>ปลูกสัตว์</rdg><note ...>...</note></app>อย่าง...
        FindQuery query = new FindQuery("พืชผลปศุสัตว์อย่าง", true, false, true);
        assertThat(plain(sample, "พืชผลปศุสัตว์อย่าง")).isEmpty();
        assertThat(TextFinder.findAll(sample, query)).singleElement()
                .satisfies(m -> assertThat(m.crossesMarkup()).isTrue());
        assertThat(TextFinder.findAll(sample, new FindQuery("ประทัดประหาร", true, false, true))).isEmpty();
        assertThat(plain(sample, "ประทัดประหาร")).hasSize(1);
    }

    @Test
    void aMatchWithinOneRunOfTextDoesNotCrossMarkup() {
        List<Match> matches = TextFinder.findAll(sample, new FindQuery("นโยบายเศรษฐกิจใหม่", true, false, true));
        assertThat(matches).isNotEmpty().allSatisfy(m -> {
            assertThat(m.crossesMarkup()).isFalse();
            assertThat(sample.substring(m.start(), m.end())).isEqualTo("นโยบายเศรษฐกิจใหม่");
        });
    }

    @Test
    void entitiesAreTheirCharactersWhenIgnoringMarkup() {
        String text = "<p>A &amp; B</p>";
        assertThat(TextFinder.findAll(text, new FindQuery("A & B", true, false, true))).singleElement()
                .satisfies(m -> assertThat(m.end()).isEqualTo(text.indexOf("</p>")));
    }

    @Test
    void findNextAndPreviousWrapRoundTheText() {
        FindQuery query = new FindQuery("เลนิน", true, true, false);
        List<Match> all = TextFinder.findAll(sample, query);
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(TextFinder.find(sample, query, all.get(0).start() + 1, true, true)).contains(all.get(1));
        assertThat(TextFinder.find(sample, query, all.get(1).start(), false, true)).contains(all.get(0));
        assertThat(TextFinder.find(sample, query, all.get(all.size() - 1).start() + 1, true, true)).contains(all.get(0));
        assertThat(TextFinder.find(sample, query, all.get(all.size() - 1).start() + 1, true, false)).isEmpty();
        assertThat(TextFinder.find(sample, query, 0, false, true)).contains(all.get(all.size() - 1));
    }
}
