package org.siglum.ui.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siglum.core.EditionDocument;
import org.siglum.validation.internal.assist.RngSchemaGuide;

/** Content assistance from siglum.rng in a real source viewer over the sample chapter. */
class SchemaAssistTest {

    private static Display display;
    private static String sample;
    private static RngSchemaGuide guide;
    private Shell shell;
    private SourceViewer viewer;
    private EditionDocument edition;
    private EditorFeatures features;

    @BeforeAll
    static void setUp() throws Exception {
        display = EditorTests.display();
        sample = EditorTests.sample();
        guide = new RngSchemaGuide();
    }

    @BeforeEach
    void open() {
        shell = new Shell(display);
        viewer = EditorTests.viewer(shell);
        edition = EditionDocument.ofText(sample, "chapter-3.xml");
        viewer.setDocument(edition.document());
        features = new EditorFeatures(viewer, guide, () -> edition);
        EditorTests.pump(display);
    }

    @AfterEach
    void close() {
        shell.dispose();
        EditorTests.pump(display);
    }

    private int afterFirstLemmaOf(String id) {
        return sample.indexOf("</lem>", sample.indexOf("xml:id=\"" + id + "\"")) + "</lem>".length();
    }

    private ICompletionProposal[] proposalsAt(int offset) {
        return features.assistant().getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE)
                .computeCompletionProposals(viewer, offset);
    }

    @Test
    void afterALemmaTheReadingsAndNotesAreProposedAndOneInsertsItsTags() {
        int offset = afterFirstLemmaOf("e2");
        ICompletionProposal[] proposals = proposalsAt(offset);
        assertThat(Arrays.stream(proposals).map(ICompletionProposal::getDisplayString))
                .containsExactly("<note>", "<rdg>", "<rdgGrp>", "<witDetail>");

        ICompletionProposal rdg = proposals[1];
        rdg.apply(edition.document());
        assertThat(edition.text()).isEqualTo(sample.substring(0, offset) + "<rdg></rdg>" + sample.substring(offset));
        Point caret = rdg.getSelection(edition.document());
        assertThat(caret.x).isEqualTo(offset + "<rdg>".length());
        // one undoable edit
        edition.undo();
        assertThat(edition.text()).isEqualTo(sample);
    }

    @Test
    void inAReadingsStartTagItsAttributesAreProposed() {
        int rdg = sample.indexOf("<rdg wit=\"#OCR\"", sample.indexOf("xml:id=\"e2\""));
        edition.replace(rdg + "<rdg".length(), 0, " ");
        ICompletionProposal[] proposals = proposalsAt(rdg + "<rdg ".length());
        assertThat(Arrays.stream(proposals).map(ICompletionProposal::getDisplayString))
                .contains("varSeq=\"\"", "xml:id=\"\"").doesNotContain("wit=\"\"", "cause=\"\"");
    }

    @Test
    void ctrlSpaceShowsTheProposalsAndEnterInsertsTheFirst() {
        int offset = afterFirstLemmaOf("e5");
        StyledText text = viewer.getTextWidget();
        text.setFocus();
        viewer.setSelectedRange(offset, 0);
        int shells = display.getShells().length;
        EditorTests.type(text, ' ', SWT.MOD1);
        EditorTests.waitUntil(display, () -> proposalTable() != null, "the proposals pop up");
        assertThat(display.getShells().length).isGreaterThan(shells);
        assertThat(proposalTable().getItemCount()).isEqualTo(4);
        EditorTests.type(text, '\r', 0);
        EditorTests.pump(display);
        assertThat(edition.text()).isEqualTo(sample.substring(0, offset) + "<note></note>" + sample.substring(offset));
        assertThat(text.getCaretOffset()).isEqualTo(offset + "<note>".length());
    }

    @Test
    void typingALessThanSignAsksByItself() {
        int offset = afterFirstLemmaOf("e7");
        StyledText text = viewer.getTextWidget();
        text.setFocus();
        viewer.setSelectedRange(offset, 0);
        EditorTests.type(text, '<', 0);
        assertThat(edition.text()).isEqualTo(sample.substring(0, offset) + "<" + sample.substring(offset));
        EditorTests.waitUntil(display, () -> proposalTable() != null, "the proposals pop up after <");
        assertThat(proposalTable().getItemCount()).isEqualTo(4);
        ContentAssistant assistant = features.assistant();
        assertThat(assistant.hasProposalPopupFocus() || proposalTable().isVisible()).isTrue();
    }

    /** The proposals' table, once the assistant's popup shows it. */
    private Table proposalTable() {
        for (Shell s : display.getShells()) {
            if (s != shell && !s.isDisposed() && s.isVisible() && s.getChildren().length > 0
                    && s.getChildren()[0] instanceof Table table && table.getItemCount() > 0) {
                return table;
            }
        }
        return null;
    }
}
