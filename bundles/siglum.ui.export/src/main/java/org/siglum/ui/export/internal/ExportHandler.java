package org.siglum.ui.export.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.siglum.apparatus.ApparatusService;
import org.siglum.citations.CitationFormatter;
import org.siglum.citations.NoteService;
import org.siglum.core.EditionDocument;
import org.siglum.export.EditionCheck;
import org.siglum.export.Exporter;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Commands;
import org.siglum.ui.api.Workbench;

/**
 * File › Export… (Ctrl+E, a toolbar button): opens the export dialog over the edition in the editor. The formats are
 * the {@link Exporter} services present: a format bundle that starts or stops changes the open dialog's list at once.
 * The component registers the command it carries out ({@link #COMMAND}, decision 0037) while its services are there.
 */
@Component(immediate = true)
public final class ExportHandler implements CommandHandler {

    static final String ID = "siglum.export.dialog";

    /** The command, declared as data; this handler carries it out. */
    static final CommandSpec COMMAND = CommandSpec.of(ID, "&Export\u2026")
            .withDescription("Export the edition in the editor as a web edition, print edition, LaTeX or plain text")
            .inMenu(CommandContribution.MENU_FILE, 700).withKeys("M1+E").withToolbarButton()
            .withIcon("document-send");

    private final List<Exporter> exporters = new CopyOnWriteArrayList<>();

    @Reference
    ApparatusService apparatus;

    @Reference
    NoteService notes;

    /** Only for the list of styles and locales offered; without it the fields take any name. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CitationFormatter citations;

    ExportPreferences preferences;
    SystemOpener opener = SystemOpener.DESKTOP;
    private volatile ExportDialog dialog;
    private Commands registered;

    @Activate
    void activate(BundleContext context) {
        if (preferences == null) {
            preferences = ExportPreferences.inConfigFolder();
        }
        registered = Commands.register(context, List.of(COMMAND.handledBy(this)));
    }

    @Deactivate
    void deactivate() {
        registered.unregister();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(Exporter exporter) {
        exporters.add(exporter);
        changed();
    }

    void removeExporter(Exporter exporter) {
        exporters.remove(exporter);
        changed();
    }

    private void changed() {
        ExportDialog open = dialog;
        if (open != null) {
            open.exportersChanged();
        }
    }

    @Override
    public boolean isEnabled(Workbench workbench) {
        return workbench.edition().isPresent();
    }

    @Override
    public void execute(Workbench workbench) {
        EditionDocument edition = workbench.edition().orElse(null);
        if (edition == null) {
            return;
        }
        Path file = edition.path().orElse(null);
        if (file == null) {
            workbench.showError("Export", "The edition has no file yet. Save it first: the exported files are named "
                    + "after it and go beside it.");
            return;
        }
        ExportDialog open = dialog;
        if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
            Shell shell = open.getShell();
            shell.setActive();
            return;
        }
        CitationFormatter formatter = citations;
        Set<String> styles = formatter == null ? Set.of() : formatter.styles();
        Set<String> locales = formatter == null ? Set.of() : formatter.locales();
        if (preferences == null) {
            preferences = ExportPreferences.inConfigFolder();
        }
        ExportDialog created = new ExportDialog(workbench, edition, file, () -> List.copyOf(exporters),
                new EditionCheck(apparatus, notes), styles, locales, preferences, opener);
        dialog = created;
        created.open();
    }

    /** The dialog opened last, if it is still open (for the tests). */
    ExportDialog dialog() {
        ExportDialog open = dialog;
        return open != null && open.getShell() != null && !open.getShell().isDisposed() ? open : null;
    }
}
