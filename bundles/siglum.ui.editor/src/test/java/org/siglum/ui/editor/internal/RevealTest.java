package org.siglum.ui.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A jump (from the Suspects, the Problems, the Outline, or after Undo) selects a range with {@code select}: the range
 * must be on screen, also deep inside one long wrapped line, as our sample's paragraphs are (one line of up to
 * 14,000 bytes in the file).
 */
class RevealTest {

    private Display display;
    private Shell shell;
    private XmlSourceEditor editor;
    private IDocument document;

    @BeforeEach
    void open() throws Exception {
        display = EditorTests.display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        editor = new XmlSourceEditor(shell, null, () -> null);
        document = new Document(EditorTests.sample());
        editor.setDocument(document);
        shell.setSize(900, 500);
        shell.open();
        EditorTests.pump(display);
    }

    @AfterEach
    void close() {
        shell.dispose();
        EditorTests.pump(display);
    }

    @Test
    void aRangeDeepInsideTheLongestLineIsScrolledIntoView() throws Exception {
        int longest = 0;
        for (int line = 1; line < document.getNumberOfLines(); line++) {
            if (document.getLineLength(line) > document.getLineLength(longest)) {
                longest = line;
            }
        }
        assertThat(document.getLineLength(longest)).as("the sample has a long paragraph line").isGreaterThan(5000);
        for (double at : new double[] {0.9, 0.5, 0.75, 0.1}) {
            int offset = document.getLineOffset(longest) + (int) (document.getLineLength(longest) * at);

            editor.select(offset, 5);
            EditorTests.pump(display);

            assertVisible(offset, "at " + (int) (at * 100) + "% of the line");
            assertVisible(offset + 5, "the range's end at " + (int) (at * 100) + "% of the line");
        }
    }

    @Test
    void theStartOfTheDocumentComesBackAfterAJumpToItsEnd() {
        editor.select(document.getLength() - 10, 3);
        EditorTests.pump(display);
        editor.select(40, 3);
        EditorTests.pump(display);

        assertVisible(40, "near the start");
    }

    private void assertVisible(int offset, String what) {
        StyledText text = editor.viewer().getTextWidget();
        Point location = text.getLocationAtOffset(offset);
        Rectangle area = text.getClientArea();
        int lineHeight = text.getLineHeight(offset);
        assertThat(location.y).as(what + ": top of the caret's line inside the view").isBetween(0,
                area.height - lineHeight);
        assertThat(location.x).as(what + ": inside the view's width").isBetween(0, area.width);
    }
}
