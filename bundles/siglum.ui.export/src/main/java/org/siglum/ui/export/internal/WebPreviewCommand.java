package org.siglum.ui.export.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** View › Web Preview: the web edition of the text in the editor, in a window of its own. */
@Component(service = CommandContribution.class)
public final class WebPreviewCommand implements CommandContribution {

    static final String ID = "siglum.export.preview";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "&Web Preview";
    }

    @Override
    public String description() {
        return "Show the web edition of the text in the editor (unsaved changes included)";
    }

    @Override
    public Optional<String> menu() {
        return Optional.of(MENU_VIEW);
    }

    @Override
    public int order() {
        return 800;
    }
}
