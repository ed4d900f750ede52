package org.siglum.ui.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siglum.core.EditionDocument;
import org.siglum.thai.find.FindQuery;
import org.siglum.thai.find.Match;
import org.siglum.thai.find.TextFinder;

/** The find/replace dialog's real widgets, driven over the sample chapter in a real source viewer. */
class FindReplaceDialogTest {

    private static Display display;
    private static String sample;
    private Shell shell;
    private SourceViewer viewer;
    private EditionDocument edition;
    private FindReplaceDialog dialog;

    @BeforeAll
    static void setUp() throws Exception {
        display = EditorTests.display();
        sample = EditorTests.sample();
    }

    @BeforeEach
    void open() {
        shell = new Shell(display);
        viewer = EditorTests.viewer(shell);
        edition = EditionDocument.ofText(sample, "chapter-3.xml");
        viewer.setDocument(edition.document());
        EditorFeatures features = new EditorFeatures(viewer, null, () -> edition);
        dialog = features.openFind();
        EditorTests.pump(display);
    }

    @AfterEach
    void close() {
        dialog.close();
        shell.dispose();
        EditorTests.pump(display);
    }

    private Point selection() {
        return viewer.getSelectedRange();
    }

    @Test
    void findNextAndPreviousSelectWholeWordsOnly() {
        dialog.findField().setText("รัฐ");
        dialog.wholeWordBox().setSelection(true);
        List<Match> words = TextFinder.findAll(sample, new FindQuery("รัฐ", true, true, false));
        assertThat(words).hasSizeGreaterThan(2);
        viewer.setSelectedRange(0, 0);
        assertThat(dialog.findNext()).isTrue();
        assertThat(selection()).isEqualTo(new Point(words.get(0).start(), 3));
        assertThat(dialog.findNext()).isTrue();
        assertThat(selection()).isEqualTo(new Point(words.get(1).start(), 3));
        assertThat(dialog.findPrevious()).isTrue();
        assertThat(selection()).isEqualTo(new Point(words.get(0).start(), 3));
        // never inside รัฐบาล
        assertThat(sample.startsWith("รัฐบาล", selection().x)).isFalse();
    }

    @Test
    void replaceAllIsOneUndoableEdit() {
        dialog.findField().setText("เลนิน");
        dialog.replaceField().setText("Lenin");
        int count = TextFinder.findAll(sample, FindQuery.of("เลนิน")).size();
        assertThat(dialog.replaceAll()).isEqualTo(count);
        assertThat(edition.text()).isEqualTo(sample.replace("เลนิน", "Lenin"));
        assertThat(dialog.status()).isEqualTo(count + " replaced");
        edition.undo();
        assertThat(edition.text()).isEqualTo(sample);
        assertThat(edition.canUndo()).isFalse();
    }

    @Test
    void replaceReplacesTheMatchFoundAndMovesToTheNext() {
        dialog.findField().setText("ชาวนาชาวไร่");
        dialog.replaceField().setText("ชาวนา");
        viewer.setSelectedRange(0, 0);
        dialog.findNext();
        int first = selection().x;
        assertThat(dialog.replace()).isTrue();
        assertThat(edition.text()).isEqualTo(sample.substring(0, first) + "ชาวนา"
                + sample.substring(first + "ชาวนาชาวไร่".length()));
        assertThat(selection().x).isGreaterThan(first);
        assertThat(edition.text().startsWith("ชาวนาชาวไร่", selection().x)).isTrue();
    }

    @Test
    void caseSensitivityIsAnOption() {
        dialog.findField().setText("vesenkha");
        dialog.caseSensitiveBox().setSelection(true);
        assertThat(dialog.findNext()).isFalse();
        assertThat(dialog.status()).startsWith("Not found");
        dialog.caseSensitiveBox().setSelection(false);
        assertThat(dialog.findNext()).isTrue();
        assertThat(edition.text().substring(selection().x, selection().x + selection().y)).isEqualTo("Vesenkha");
    }

    @Test
    void ignoringMarkupFindsAcrossTheApparatusButDoesNotReplaceThere() {
        dialog.findField().setText("พืชผลปศุสัตว์");
        assertThat(dialog.findNext()).isFalse();
        dialog.ignoreMarkupBox().setSelection(true);
        assertThat(dialog.findNext()).isTrue();
        int start = sample.indexOf("พืชผล<app");
        assertThat(selection().x).isEqualTo(start);
        assertThat(dialog.status()).contains("across markup");
        dialog.replaceField().setText("x");
        assertThat(dialog.replace()).isFalse();
        assertThat(dialog.replaceAll()).isZero();
        assertThat(dialog.status()).isEqualTo("0 replaced; 1 across markup not replaced");
        assertThat(edition.text()).isEqualTo(sample);
    }
}
