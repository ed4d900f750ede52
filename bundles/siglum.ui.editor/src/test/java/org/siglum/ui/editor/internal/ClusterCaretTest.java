package org.siglum.ui.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siglum.thai.find.Clusters;

/**
 * The caret on a real StyledText never stands inside a Thai cluster, however it got there. What SWT does by itself
 * (GTK, Pango): a caret set by the program or a selection stays where it is put, inside a cluster or not; the arrow
 * keys and clicks follow Pango's clusters, which stop between น้ and ำ; Delete removes Pango's cluster (leaving a lone
 * ำ); Backspace removes the last character only.
 */
class ClusterCaretTest {

    private static Display display;
    private static String line;
    private Shell shell;
    private SourceViewer viewer;
    private StyledText text;

    @BeforeAll
    static void setUp() throws Exception {
        display = EditorTests.display();
        // a Thai line of the sample: base letters with vowels and tone marks above and below, and น้ำ
        String sample = EditorTests.sample();
        int start = sample.indexOf("ที่ฐานทัพเรือกรอนสตัทท์ในน่านน้ำบอลติก");
        line = sample.substring(start, sample.indexOf('<', start));
    }

    @BeforeEach
    void open() {
        shell = new Shell(display);
        viewer = EditorTests.viewer(shell);
        viewer.setDocument(new Document(line));
        text = viewer.getTextWidget();
        ClusterCaret.install(viewer);
        shell.setSize(3000, 200);
        EditorTests.pump(display);
    }

    @AfterEach
    void close() {
        shell.dispose();
        EditorTests.pump(display);
    }

    private static List<Integer> insideClusters() {
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i <= line.length(); i++) {
            if (!Clusters.isBoundary(line, i)) {
                inside.add(i);
            }
        }
        return inside;
    }

    @Test
    void theLineHasClustersOfSeveralCharacters() {
        assertThat(insideClusters()).hasSizeGreaterThan(10);
        int water = line.indexOf("น้ำ");
        assertThat(insideClusters()).contains(water + 1, water + 2);
    }

    @Test
    void aCaretSetInsideAClusterGoesToItsEdge() {
        for (int offset : insideClusters()) {
            text.setCaretOffset(0);
            text.setCaretOffset(offset);
            assertThat(text.getCaretOffset()).as("forward to %d", offset).isEqualTo(Clusters.after(line, offset));
            text.setCaretOffset(line.length());
            text.setCaretOffset(offset);
            assertThat(text.getCaretOffset()).as("back to %d", offset).isEqualTo(Clusters.before(line, offset));
        }
    }

    @Test
    void aSelectionMadeThroughTheViewerGrowsToWholeClusters() {
        // as the outline, the apparatus view and find select: through the viewer
        for (int offset : insideClusters()) {
            viewer.setSelectedRange(offset, Math.min(line.length(), offset + 1) - offset);
            Point selection = text.getSelection();
            assertThat(Clusters.isBoundary(line, selection.x)).as("start of %d", offset).isTrue();
            assertThat(Clusters.isBoundary(line, selection.y)).as("end of %d", offset).isTrue();
            assertThat(selection.x).isLessThanOrEqualTo(offset);
        }
    }

    @Test
    void theArrowKeysStopOnlyBetweenClusters() {
        text.setCaretOffset(0);
        List<Integer> stops = new ArrayList<>();
        while (text.getCaretOffset() < line.length()) {
            int before = text.getCaretOffset();
            EditorTests.press(text, SWT.ARROW_RIGHT, 0);
            assertThat(text.getCaretOffset()).as("right from %d", before).isGreaterThan(before);
            stops.add(text.getCaretOffset());
        }
        while (text.getCaretOffset() > 0) {
            int before = text.getCaretOffset();
            EditorTests.press(text, SWT.ARROW_LEFT, 0);
            assertThat(text.getCaretOffset()).as("left from %d", before).isLessThan(before);
            stops.add(text.getCaretOffset());
        }
        assertThat(stops).allSatisfy(offset -> assertThat(Clusters.isBoundary(line, offset)).as("%d", offset).isTrue());
        // น้ำ is passed in one step (Pango alone stops before ำ)
        int water = line.indexOf("น้ำ");
        assertThat(stops).contains(water, water + 3).doesNotContain(water + 2);
    }

    @Test
    void shiftArrowAndHomeEndSelectWholeClusters() {
        text.setCaretOffset(0);
        for (int i = 0; i < 12; i++) {
            EditorTests.press(text, SWT.ARROW_RIGHT, SWT.SHIFT);
            Point selection = text.getSelection();
            assertThat(Clusters.isBoundary(line, selection.y)).as("%s", selection).isTrue();
        }
        // and back with Shift+Left to the start, never stuck (Pango stops inside น้ำ, the snapping must not undo that step)
        while (text.getCaretOffset() > 0) {
            int before = text.getCaretOffset();
            EditorTests.press(text, SWT.ARROW_LEFT, SWT.SHIFT);
            assertThat(text.getCaretOffset()).as("shift+left from %d", before).isLessThan(before);
            assertThat(Clusters.isBoundary(line, text.getCaretOffset())).isTrue();
        }
        text.setCaretOffset(line.length());
        while (text.getCaretOffset() > 0) {
            int before = text.getCaretOffset();
            EditorTests.press(text, SWT.ARROW_LEFT, SWT.SHIFT);
            Point selection = text.getSelection();
            assertThat(selection.x).as("shift+left from %d", before).isLessThan(before);
            assertThat(Clusters.isBoundary(line, selection.x) && Clusters.isBoundary(line, selection.y)).isTrue();
        }
        EditorTests.press(text, SWT.END, 0);
        assertThat(text.getCaretOffset()).isEqualTo(line.length());
        EditorTests.press(text, SWT.HOME, 0);
        assertThat(text.getCaretOffset()).isZero();
    }

    @Test
    void aClickAnywhereOnTheLinePutsTheCaretBetweenClusters() {
        int y = text.getLocationAtOffset(0).y + text.getLineHeight() / 2;
        int right = text.getLocationAtOffset(line.length()).x;
        List<Integer> reached = new ArrayList<>();
        for (int x = 0; x <= right; x++) {
            EditorTests.click(text, x, y);
            reached.add(text.getCaretOffset());
        }
        assertThat(reached).allSatisfy(offset -> assertThat(Clusters.isBoundary(line, offset)).as("%d", offset).isTrue());
        assertThat(reached).contains(line.indexOf("น้ำ") + 3);
    }

    @Test
    void deleteRemovesTheWholeClusterAfterTheCaret() {
        int water = line.indexOf("น้ำ");
        text.setCaretOffset(water);
        EditorTests.type(text, SWT.DEL, 0);
        assertThat(text.getText()).isEqualTo(line.substring(0, water) + line.substring(water + 3));
        assertThat(text.getCaretOffset()).isEqualTo(water);
    }

    @Test
    void backspaceRemovesTheLastMarkOnlyAsThaiTypistsExpect() {
        int end = line.indexOf("น้ำ") + 3;
        text.setCaretOffset(end);
        EditorTests.type(text, SWT.BS, 0);
        assertThat(text.getText()).isEqualTo(line.substring(0, end - 1) + line.substring(end));
        assertThat(text.getCaretOffset()).isEqualTo(end - 1);
        EditorTests.type(text, SWT.BS, 0);
        assertThat(text.getText()).isEqualTo(line.substring(0, end - 2) + line.substring(end));
        assertThat(Clusters.isBoundary(text.getText(), text.getCaretOffset())).isTrue();
    }
}
