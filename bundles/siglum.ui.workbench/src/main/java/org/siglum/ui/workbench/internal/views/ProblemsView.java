package org.siglum.ui.workbench.internal.views;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;
import org.siglum.ui.workbench.internal.WorkbenchWindow;
import org.siglum.ui.workbench.internal.checks.CheckMarks;
import org.siglum.ui.workbench.internal.checks.CheckResult;
import org.siglum.validation.Finding;

/**
 * The Problems view (under the editor): the findings of the window's checks as you type. It lives in the workbench
 * bundle because the checks do; it needs the real window.
 */
public final class ProblemsView implements ViewContribution {

    public static final String ID = "siglum.problems";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Problems";
    }

    @Override
    public ViewPlacement placement() {
        return ViewPlacement.BOTTOM;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public ViewPart createPart(Composite parent, Workbench workbench) {
        WorkbenchWindow window = WorkbenchWindow.of(workbench)
                .orElseThrow(() -> new IllegalStateException("the Problems view shows the main window's checks"));
        return new Part(parent, window, workbench);
    }

    /** The problems view in the window, following its checks. */
    public static final class Part implements ViewPart, WorkbenchListener {

        private final WorkbenchWindow window;
        private final Workbench workbench;
        private final ProblemsWidgets view;
        private final Consumer<CheckResult> checks;

        Part(Composite parent, WorkbenchWindow window, Workbench workbench) {
            this.window = window;
            this.workbench = workbench;
            this.view = new ProblemsWidgets(parent, this::reveal);
            this.checks = result -> {
                if (!view.viewer().getControl().isDisposed()) {
                    view.show(result.findings());
                }
            };
            if (window.lastCheck() != null) {
                view.show(window.lastCheck().findings());
            }
            window.addCheckListener(checks);
            workbench.addListener(this);
        }

        private void reveal(Finding finding) {
            workbench.edition().ifPresent(edition -> {
                String text = edition.document().get();
                int offset = Math.max(0, Math.min(finding.offset(), text.length()));
                workbench.select(offset, CheckMarks.extent(text, offset));
                window.viewer().getTextWidget().setFocus();
            });
        }

        @Override
        public void editionChanged(Optional<EditionDocument> edition) {
            view.show(List.of());
        }

        public ProblemsWidgets view() {
            return view;
        }

        @Override
        public Control control() {
            return view.viewer().getControl();
        }

        @Override
        public void dispose() {
            window.removeCheckListener(checks);
            workbench.removeListener(this);
        }
    }
}
