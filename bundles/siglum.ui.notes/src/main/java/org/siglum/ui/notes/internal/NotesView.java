package org.siglum.ui.notes.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.NoteService;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;

/** The Notes view: the edition's footnotes, right of the editor. */
@Component(service = ViewContribution.class)
public final class NotesView implements ViewContribution {

    public static final String ID = "siglum.view.notes";

    private final NoteService notes;

    @Activate
    public NotesView(@Reference NoteService notes) {
        this.notes = notes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Notes";
    }

    @Override
    public ViewPlacement placement() {
        return ViewPlacement.RIGHT;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public ViewPart createPart(Composite parent, Workbench workbench) {
        return new NotesPart(parent, workbench, notes);
    }
}
