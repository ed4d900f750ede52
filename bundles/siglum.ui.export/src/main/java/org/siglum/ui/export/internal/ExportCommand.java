package org.siglum.ui.export.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.siglum.ui.api.CommandContribution;

/** File › Export… (Ctrl+E, a toolbar button): the export dialog. {@link ExportHandler} carries it out. */
@Component(service = CommandContribution.class)
public final class ExportCommand implements CommandContribution {

    static final String ID = "siglum.export.dialog";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "&Export\u2026";
    }

    @Override
    public String description() {
        return "Export the edition in the editor as a web edition, print edition, LaTeX or plain text";
    }

    @Override
    public Optional<String> menu() {
        return Optional.of(MENU_FILE);
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public Optional<String> keys() {
        return Optional.of("M1+E");
    }

    @Override
    public boolean toolbar() {
        return true;
    }
}
