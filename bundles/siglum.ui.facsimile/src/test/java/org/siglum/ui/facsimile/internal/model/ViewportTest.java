package org.siglum.ui.facsimile.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Zoom and pan arithmetic of the Facsimile view, without a display. */
class ViewportTest {

    private final Viewport viewport = new Viewport();

    @BeforeEach
    void aPageInAView() {
        viewport.resize(416, 300); // wider than tall: the page, fitted to the width, is taller than the view
        viewport.page(2480, 3508);
    }

    @Test
    void aNewPageFitsTheViewsWidthFromItsTop() {
        assertThat(viewport.mode()).isEqualTo(Viewport.Mode.FIT_WIDTH);
        assertThat(viewport.scale()).isCloseTo(400.0 / 2480, within(1e-9));
        assertThat(viewport.viewX(0)).isCloseTo(Viewport.MARGIN, within(1e-6));
        assertThat(viewport.viewY(0)).isCloseTo(Viewport.MARGIN, within(1e-6));
    }

    @Test
    void fitPageShowsTheWholePageCentred() {
        viewport.fitPage();
        assertThat(viewport.scale()).isCloseTo(284.0 / 3508, within(1e-9));
        assertThat(viewport.shows(0, 0, 2480, 3508)).isTrue();
        double left = viewport.viewX(0);
        double right = 416 - viewport.viewX(2480);
        assertThat(left).isCloseTo(right, within(1e-6));
    }

    @Test
    void zoomingKeepsThePointUnderThePointerInPlace() {
        double x = viewport.pageX(300);
        double y = viewport.pageY(200);
        viewport.zoom(Viewport.STEP * Viewport.STEP, 300, 200);
        assertThat(viewport.mode()).isEqualTo(Viewport.Mode.FREE);
        assertThat(viewport.scale()).isCloseTo(400.0 / 2480 * 1.5625, within(1e-9));
        assertThat(viewport.viewX(x)).isCloseTo(300, within(1e-6));
        assertThat(viewport.viewY(y)).isCloseTo(200, within(1e-6));
        viewport.zoomOut();
        viewport.zoomIn();
        assertThat(viewport.scale()).isCloseTo(400.0 / 2480 * 1.5625, within(1e-9));
    }

    @Test
    void panningStopsAtThePagesEdges() {
        viewport.pan(0, -100);
        assertThat(viewport.pageY(0)).isCloseTo(100 / viewport.scale() - Viewport.MARGIN / viewport.scale(), within(1e-6));
        viewport.pan(0, 1_000_000); // far up: the top of the page stays at the margin
        assertThat(viewport.viewY(0)).isCloseTo(Viewport.MARGIN, within(1e-6));
        viewport.pan(0, -1_000_000); // far down: the bottom of the page stays at the margin
        assertThat(viewport.viewY(3508)).isCloseTo(300 - Viewport.MARGIN, within(1e-6));
        viewport.pan(-500, 0); // a page as wide as the view does not move sideways
        assertThat(viewport.viewX(0)).isCloseTo(Viewport.MARGIN, within(1e-6));
    }

    @Test
    void revealScrollsALineIntoViewOnlyWhenItIsOutOfView() {
        double top = viewport.top();
        viewport.reveal(248, 200, 2200, 280);
        assertThat(viewport.top()).isEqualTo(top); // in view already
        viewport.reveal(248, 3000, 2200, 3080);
        assertThat(viewport.shows(248, 3000, 2200, 3080)).isTrue();
        assertThat(viewport.top()).isGreaterThan(top);
    }

    @Test
    void aFittedPageFollowsTheViewsSizeAndAZoomedOneKeepsItsScale() {
        viewport.resize(816, 300);
        assertThat(viewport.scale()).isCloseTo(800.0 / 2480, within(1e-9));
        viewport.zoomIn();
        double zoomed = viewport.scale();
        viewport.resize(500, 500);
        assertThat(viewport.scale()).isEqualTo(zoomed);
        viewport.fitWidth();
        assertThat(viewport.scale()).isCloseTo(484.0 / 2480, within(1e-9));
    }

    @Test
    void visibleIsThePartOfThePageInView() {
        viewport.zoom(4, 0, 0);
        double[] v = viewport.visible();
        assertThat(v[0]).isGreaterThanOrEqualTo(0);
        assertThat(v[2] - v[0]).isCloseTo(Math.min(2480, 416 / viewport.scale()) - Math.max(0, -viewport.left()),
                within(1.0));
        assertThat(v[3]).isLessThan(3508);
    }
}
