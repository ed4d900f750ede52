package org.siglum.ui.workbench.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.siglum.core.EditionDocument;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.WorkbenchListener;

/** The contributions' listeners and what they hear; one that throws is reported and the others still hear. */
final class WorkbenchEvents {

    private final List<WorkbenchListener> listeners = new CopyOnWriteArrayList<>();
    private final Reports reports;

    WorkbenchEvents(Reports reports) {
        this.reports = reports;
    }

    void add(WorkbenchListener listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    void remove(WorkbenchListener listener) {
        listeners.remove(listener);
    }

    void editionChanged(Optional<EditionDocument> edition) {
        for (WorkbenchListener listener : listeners) {
            reports.guard("A view", () -> listener.editionChanged(edition));
        }
    }

    void documentChanged(EditionDocument edition) {
        for (WorkbenchListener listener : listeners) {
            reports.guard("A view", () -> listener.documentChanged(edition));
        }
    }

    void selectionChanged(EditorSelection selection) {
        for (WorkbenchListener listener : listeners) {
            reports.guard("A view", () -> listener.selectionChanged(selection));
        }
    }
}
