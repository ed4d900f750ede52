package org.siglum.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.testing.TestWorkbench;

class EditorSelectionTest {

    @Test
    void aSelectionHasAnEndAndRefusesNegativeValues() {
        EditorSelection selection = new EditorSelection(4, 3);
        assertThat(selection.end()).isEqualTo(7);
        assertThat(selection.isEmpty()).isFalse();
        assertThat(new EditorSelection(5, 0).isEmpty()).isTrue();
        assertThatThrownBy(() -> new EditorSelection(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EditorSelection(0, -2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTestHostTellsAViewOfEditionsEditsAndSelections() {
        List<String> heard = new ArrayList<>();
        ViewContribution view = new ViewContribution() {
            @Override public String id() { return "test.view"; }
            @Override public String title() { return "Test"; }
            @Override public ViewPlacement placement() { return ViewPlacement.RIGHT; }
            @Override public ViewPart createPart(org.eclipse.swt.widgets.Composite parent, Workbench workbench) {
                Label label = new Label(parent, SWT.NONE);
                workbench.addListener(new WorkbenchListener() {
                    @Override public void editionChanged(java.util.Optional<EditionDocument> edition) {
                        heard.add("edition " + edition.map(EditionDocument::name).orElse("none"));
                    }
                    @Override public void documentChanged(EditionDocument edition) {
                        heard.add("text " + edition.text());
                    }
                    @Override public void selectionChanged(EditorSelection selection) {
                        heard.add("selection " + selection.offset() + "+" + selection.length());
                    }
                });
                return () -> label;
            }
        };
        try (TestWorkbench workbench = new TestWorkbench()) {
            ViewPart part = workbench.show(view);
            assertThat(part.control().isDisposed()).isFalse();
            EditionDocument edition = EditionDocument.ofText("<TEI>a</TEI>", "t.xml");
            workbench.open(edition);
            edition.replace(5, 1, "b");
            workbench.select(5, 1);
            workbench.handle("test.fail", w -> { throw new IllegalStateException("no"); });
            assertThat(workbench.execute("test.fail")).isTrue();
            assertThat(workbench.execute("test.none")).isFalse();
            assertThat(heard).containsExactly("edition t.xml", "text <TEI>b</TEI>", "selection 5+1");
            assertThat(workbench.errors()).containsExactly("test.fail: no");
        }
    }
}
