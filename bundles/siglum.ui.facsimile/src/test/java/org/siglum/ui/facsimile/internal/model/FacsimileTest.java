package org.siglum.ui.facsimile.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.XmlTree;

/** Which page and line a place of the text is on, and which place a point of a page is: no display needed. */
class FacsimileTest {

    @TempDir
    Path dir;

    private FacsimileFixture fixture;
    private Facsimile facsimile;

    @BeforeEach
    void write() throws Exception {
        fixture = FacsimileFixture.write(dir, false);
        facsimile = Facsimile.of(XmlTree.parse(fixture.source));
    }

    @Test
    void theCaretsPageIsThePageBreakBeforeItAndItsLineTheLineBreakBeforeIt() {
        FacsimilePlace place = facsimile.placeAt(fixture.lineStart("S1L3") + 5);
        assertThat(place.surface().map(Surface::id)).contains("S1");
        assertThat(place.line().map(Zone::id)).contains("S1L3");
        assertThat(place.lineNumber()).isEqualTo(3);
        assertThat(place.page()).contains("1");

        FacsimilePlace second = facsimile.placeAt(fixture.lineStart("S2L1"));
        assertThat(second.surface().map(Surface::id)).contains("S2");
        assertThat(second.line().map(Zone::id)).contains("S2L1");
        assertThat(second.lineNumber()).isEqualTo(1);
    }

    @Test
    void betweenAPageBreakAndItsFirstLineThePageShowsWithoutALine() {
        int pb2 = fixture.source.indexOf("<pb n=\"2\"");
        FacsimilePlace place = facsimile.placeAt(pb2 + 3);
        assertThat(place.surface().map(Surface::id)).contains("S2");
        assertThat(place.line()).isEmpty();
        // the last line of page 1 is not page 2's line
        assertThat(facsimile.placeAt(pb2 - 1).line().map(Zone::id)).contains("S1L8");
    }

    @Test
    void beforeTheFirstPageBreakTheFirstPageShows() {
        FacsimilePlace place = facsimile.placeAt(0);
        assertThat(place.surface().map(Surface::id)).contains("S1");
        assertThat(place.line()).isEmpty();
    }

    @Test
    void aPointOnALineGivesThePlaceJustAfterItsLineBreak() {
        Surface s1 = facsimile.surfaces().get(0);
        FacsimileFixture.Line line = fixture.pages.get(0).get(3);
        assertThat(facsimile.offsetAt(s1, (line.left() + line.right()) / 2.0, (line.top() + line.bottom()) / 2.0))
                .hasValue(fixture.lineStart("S1L4"));
        assertThat(facsimile.offsetAt(s1, 5, 5)).isEmpty(); // the margin
        // the round trip: the place found is on that line
        int offset = facsimile.offsetAt(s1, line.left() + 1, line.bottom() - 1).getAsInt();
        assertThat(facsimile.placeAt(offset).line().map(Zone::id)).contains("S1L4");
    }

    @Test
    void aPolygonZoneHoldsOnlyThePointsInsideItsPolygon() {
        Surface s2 = facsimile.surfaces().get(1);
        FacsimileFixture.Line line = fixture.pages.get(1).get(0);
        Zone zone = s2.zone("S2L1").orElseThrow();
        assertThat(zone.isPolygon()).isTrue();
        // inside the box, outside the slanted edge
        assertThat(zone.contains(line.left() + 2, line.top() + 2)).isFalse();
        assertThat(facsimile.offsetAt(s2, line.left() + 2, line.top() + 2)).isEmpty();
        assertThat(facsimile.offsetAt(s2, (line.left() + line.right()) / 2.0, (line.top() + line.bottom()) / 2.0))
                .hasValue(fixture.lineStart("S2L1"));
    }

    @Test
    void zoneCoordinatesAreInTheGraphicsDeclaredPixelSpace() {
        Surface s1 = facsimile.surfaces().get(0);
        assertThat(s1.url()).contains("pages/p001.png");
        assertThat(s1.space(1240, 1754)).containsExactly(2480, 3508);
        assertThat(Facsimile.length(Optional.of("2480px"))).hasValue(2480);
        assertThat(Facsimile.length(Optional.of(" 1754 "))).hasValue(1754);
        assertThat(Facsimile.length(Optional.of("21cm"))).isEmpty();
        assertThat(facsimile.lineZones(s1)).extracting(Zone::id).startsWith("S1L1", "S1L2").hasSize(8);
    }

    @Test
    void withoutDeclaredSizesTheSurfaceExtentOrTheImageGivesTheSpace() {
        Facsimile f = Facsimile.of(XmlTree.parse("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><facsimile>
                  <surface xml:id="a" ulx="100" uly="50" lrx="1100" lry="1450"><graphic url="a.png"/></surface>
                  <surface xml:id="b"><graphic url="b.jpg"/><zone xml:id="w" points="1,1 9,1 9,9"/></surface>
                </facsimile><text><body><p><pb facs="#a"/>x<pb facs="#b"/><lb facs="#w"/>y</p></body></text></TEI>
                """));
        assertThat(f.surfaces().get(0).space(10, 10)).containsExactly(1000, 1400);
        assertThat(f.surfaces().get(0).originX()).isEqualTo(100);
        assertThat(f.surfaces().get(1).space(640, 480)).containsExactly(640, 480);
        assertThat(f.surfaces().get(1).declaredWidth()).isEqualTo(OptionalDouble.empty());
        Zone w = f.surfaces().get(1).zone("w").orElseThrow();
        assertThat(new double[] {w.left(), w.top(), w.right(), w.bottom()}).containsExactly(1, 1, 9, 9);
    }

    @Test
    void aPageBreakWithoutFacsAndALineOnAnotherPageGiveNoImageAndNoLine() {
        String source = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><facsimile>
                  <surface xml:id="a"><graphic url="a.png"/><zone xml:id="za" ulx="0" uly="0" lrx="5" lry="5"/></surface>
                  <surface xml:id="b"><graphic url="b.png"/></surface>
                </facsimile><text><body><p><pb n="i"/>x<pb n="ii" facs="#b"/><lb facs="#za"/>y</p></body></text></TEI>
                """;
        Facsimile f = Facsimile.of(XmlTree.parse(source));
        FacsimilePlace first = f.placeAt(source.indexOf(">x<") + 1);
        assertThat(first.page()).contains("i");
        assertThat(first.surface()).isEmpty();
        FacsimilePlace second = f.placeAt(source.indexOf(">y<") + 1);
        assertThat(second.surface().map(Surface::id)).contains("b");
        assertThat(second.line()).isEmpty(); // its zone is on page a
    }

    @Test
    void anEditionWithoutFacsimileIsEmpty() {
        Facsimile f = Facsimile.of(XmlTree.parse("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p><pb n=\"1\"/>"
                + "x</p></body></text></TEI>"));
        assertThat(f.isEmpty()).isTrue();
        assertThat(f.placeAt(40).surface()).isEmpty();
    }

    @Test
    void malformedPointsOutlineNothing() {
        assertThat(Facsimile.points("1,2 3,x 5,6")).isEmpty();
        assertThat(Facsimile.points("1,2 3,4 5,6")).hasSize(3);
    }
}
