package org.siglum.ui.workbench.internal.views;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;
import org.siglum.ui.workbench.internal.outline.Division;
import org.siglum.ui.workbench.internal.outline.OutlineModel;

/** The outline of the edition's divisions (left of the editor); choosing one selects its head in the editor. */
public final class OutlineView implements ViewContribution {

    public static final String ID = "siglum.outline";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Outline";
    }

    @Override
    public ViewPlacement placement() {
        return ViewPlacement.LEFT;
    }

    @Override
    public ViewPart createPart(Composite parent, Workbench workbench) {
        return new Part(parent, workbench);
    }

    /** The outline in one window: a tree viewer over {@link OutlineModel#divisions}. */
    public static final class Part implements ViewPart, WorkbenchListener {

        private final Workbench workbench;
        private final TreeViewer tree;

        Part(Composite parent, Workbench workbench) {
            this.workbench = workbench;
            tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
            tree.setContentProvider(new OutlineContentProvider());
            tree.setLabelProvider(new OutlineLabelProvider());
            tree.addSelectionChangedListener(event -> {
                if (event.getSelection() instanceof IStructuredSelection selection
                        && selection.getFirstElement() instanceof Division division) {
                    workbench.select(division.headStart(), division.headEnd() - division.headStart());
                }
            });
            workbench.addListener(this);
            show(workbench.edition());
        }

        private void show(Optional<EditionDocument> edition) {
            if (tree.getControl().isDisposed()) {
                return;
            }
            tree.setInput(edition.map(e -> OutlineModel.divisions(e.document().get())).orElse(List.of()));
            tree.expandAll();
        }

        @Override
        public void editionChanged(Optional<EditionDocument> edition) {
            show(edition);
        }

        @Override
        public void documentChanged(EditionDocument edition) {
            show(Optional.of(edition));
        }

        public TreeViewer viewer() {
            return tree;
        }

        @Override
        public Control control() {
            return tree.getControl();
        }

        @Override
        public void dispose() {
            workbench.removeListener(this);
        }
    }
}
