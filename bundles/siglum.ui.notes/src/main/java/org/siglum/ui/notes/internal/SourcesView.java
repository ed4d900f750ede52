package org.siglum.ui.notes.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.citations.BibliographyService;
import org.siglum.citations.CitationFormatter;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;

/** The Sources view: the edition's bibliography with a citation preview, right of the editor after Notes. */
@Component(service = ViewContribution.class)
public final class SourcesView implements ViewContribution {

    public static final String ID = "siglum.view.sources";

    private final BibliographyService bibliography;
    private final CitationFormatter formatter;
    private final SelectedSource selected;

    @Activate
    public SourcesView(@Reference BibliographyService bibliography, @Reference CitationFormatter formatter,
            @Reference SelectedSource selected) {
        this.bibliography = bibliography;
        this.formatter = formatter;
        this.selected = selected;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Sources";
    }

    @Override
    public ViewPlacement placement() {
        return ViewPlacement.RIGHT;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public ViewPart createPart(Composite parent, Workbench workbench) {
        return new SourcesPart(parent, workbench, bibliography, new CitationPreview(formatter), selected);
    }
}
