package org.siglum.ui.apparatus.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.siglum.apparatus.ApparatusChange;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.core.EditionDocument;
import org.siglum.suspects.Suspect;
import org.siglum.suspects.SuspectFinder;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Commands;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;

/**
 * The Suspects view (under the editor, after the apparatus) and its command "Record suspect as reading": in one
 * step, one undoable edit, an apparatus entry over the suspect whose lemma is the text as it stands and whose OCR
 * reading is the same text, cause ocr-error (what `siglum app add --wit OCR --text FORM --cause ocr-error` makes), so
 * the scholar can then correct the lemma.
 */
@Component(service = ViewContribution.class)
public final class SuspectsView implements ViewContribution {

    public static final String ID = "siglum.suspects";
    public static final String RECORD = "siglum.suspects.record";

    /** The witness and cause of a reading recorded from a suspect. */
    static final String WITNESS = "OCR";
    static final String CAUSE = "ocr-error";

    @Reference
    SuspectFinder finder;

    @Reference
    ApparatusService apparatus;

    private final Map<Workbench, SuspectsPart> parts = new ConcurrentHashMap<>();
    private Commands registered;

    public SuspectsView() {
    }

    /** For tests: the real services given directly. */
    SuspectsView(SuspectFinder finder, ApparatusService apparatus) {
        this.finder = finder;
        this.apparatus = apparatus;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Suspects";
    }

    @Override
    public ViewPlacement placement() {
        return ViewPlacement.BOTTOM;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public ViewPart createPart(Composite parent, Workbench workbench) {
        SuspectsPart part = new SuspectsPart(parent, workbench, finder, List.of(command()),
                () -> parts.remove(workbench));
        parts.put(workbench, part);
        return part;
    }

    /** The command, declared as data (decision 0037): enabled while a suspect is selected in this window's view. */
    CommandSpec command() {
        return CommandSpec.of(RECORD, "Record &suspect as reading").inMenu(CommandContribution.MENU_APPARATUS, 300)
                .withDescription("Make an apparatus entry of the suspect selected in the Suspects view, its text as"
                        + " the OCR reading")
                .withToolbarText("Record as reading")
                .enabledWhen(workbench -> workbench.edition().isPresent() && selected(workbench).isPresent())
                .does(workbench -> {
                    Optional<SuspectRows.Row> row = selected(workbench);
                    if (workbench.edition().isPresent() && row.isPresent()) {
                        record(workbench, workbench.edition().get(), row.get().suspect());
                    }
                });
    }

    /** The handler the command is registered with. */
    CommandHandler handler() {
        return command().handler();
    }

    private Optional<SuspectRows.Row> selected(Workbench workbench) {
        return Optional.ofNullable(parts.get(workbench)).flatMap(SuspectsPart::selection);
    }

    /** Makes the entry for a suspect; a refusal (the suspect crosses markup, say) is shown with its reason. */
    void record(Workbench workbench, EditionDocument edition, Suspect suspect) {
        String text = edition.document().get();
        if (suspect.end() > text.length() || !text.startsWith(suspect.form(), suspect.offset())) {
            workbench.showError("Cannot record the suspect",
                    "The text at line " + edition.locate(Math.min(suspect.offset(), text.length())).line()
                            + " is no longer \"" + suspect.form() + "\" (or is split by markup).");
            return;
        }
        ApparatusChange change;
        try {
            change = apparatus.createEntry(edition, suspect.offset(), suspect.end(), List.of(),
                    ReadingSpec.of(WITNESS, suspect.form(), CAUSE));
        } catch (ApparatusException e) {
            workbench.showError("Cannot record the suspect", e.getMessage());
            return;
        }
        workbench.showMessage(change.description());
        workbench.select(change.start(), change.end() - change.start());
    }

    @Activate
    void activate(BundleContext context) {
        registered = Commands.register(context, List.of(command()));
    }

    @Deactivate
    void deactivate() {
        registered.unregister();
    }

    /** The part shown in a workbench, if any (for tests). */
    Optional<SuspectsPart> part(Workbench workbench) {
        return Optional.ofNullable(parts.get(workbench));
    }
}
