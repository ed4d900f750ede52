package org.siglum.ui.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.ui.workbench.internal.outline.Division;
import org.siglum.ui.workbench.internal.outline.OutlineModel;

class OutlineModelTest {

    @Test
    void divisionsNestWithTheirHeads() {
        List<Division> divisions = OutlineModel.divisions(Samples.CHAPTER);
        assertThat(divisions).extracting(Division::label).containsExactly("บทที่ ๑ กำเนิดกรุงศรีอยุธยา", "บทที่ ๒");
        assertThat(divisions.get(0).children()).extracting(Division::label).containsExactly("การค้า");
        assertThat(divisions.get(0).children().get(0).level()).isEqualTo(2);
    }

    @Test
    void aHeadSpansItsWholeElementSoSelectingItShowsTheHeading() {
        Division first = OutlineModel.divisions(Samples.CHAPTER).get(0);
        assertThat(Samples.CHAPTER.substring(first.headStart(), first.headEnd()))
                .isEqualTo("<head>บทที่ ๑ กำเนิดกรุงศรีอยุธยา</head>");
    }

    @Test
    void markupInsideAHeadIsLeftOutAndSpaceCollapsed() {
        List<Division> divisions = OutlineModel.divisions("<div><head>เรื่อง <hi>สำคัญ</hi>\n  มาก</head></div>");
        assertThat(divisions.get(0).head()).isEqualTo("เรื่อง สำคัญ มาก");
    }

    @Test
    void aHeadReadsAsTheEditedTextWithoutOtherWitnessesReadingsOrNotes() {
        // the sample's chapter head: a line break, and the OCR's running head recorded as an OCR-only reading
        List<Division> divisions = OutlineModel.divisions("<div><head>บทที่ 3<lb edRef=\"#OCR\"/>นโยบายเศรษฐกิจใหม่"
                + "<app type=\"running-head\"><lem/><rdg wit=\"#OCR\" cause=\"layout\"><pb edRef=\"#OCR\"/>บทที่ 3 "
                + "นโยบายเศรษฐกิจใหม่</rdg></app><note n=\"1\">หมายเหตุ</note><rdg/></head></div>");
        assertThat(divisions.get(0).head()).isEqualTo("บทที่ 3 นโยบายเศรษฐกิจใหม่");
    }

    @Test
    void aDivisionWithoutAHeadStillAppears() {
        List<Division> divisions = OutlineModel.divisions("<body><div1><p>x</p></div1></body>");
        assertThat(divisions).hasSize(1);
        assertThat(divisions.get(0).label()).isEqualTo("(division without a head)");
    }

    @Test
    void aTextThatIsNotWellFormedStillHasAnOutline() {
        List<Division> divisions = OutlineModel.divisions("<div><head>หนึ่ง</head><p>open <div><head>สอง</head>");
        assertThat(divisions).extracting(Division::label).containsExactly("หนึ่ง");
        assertThat(divisions.get(0).children()).extracting(Division::label).containsExactly("สอง");
    }
}
