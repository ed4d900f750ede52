package org.siglum.ui.apparatus.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.siglum.apparatus.ApparatusChange;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusException;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.ReadingSpec;
import org.siglum.apparatus.Witness;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.Commands;
import org.siglum.ui.api.EditorSelection;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;

/**
 * The Apparatus view (under the editor) and the commands of the Apparatus menu: Record OCR reading… (Shift+Ctrl+R),
 * Add reading… (Shift+Ctrl+A), Promote reading… (Shift+Ctrl+P), Delete entry (Shift+Ctrl+D), also in the view's
 * command bar. The component is the view's service; the commands and their handlers it registers itself when it
 * activates ({@link Commands}), and they go with it. Each change is one call of the apparatus
 * service (one undoable edit); a refusal is shown with its reason and changes nothing.
 */
@Component(service = ViewContribution.class)
public final class ApparatusView implements ViewContribution {

    public static final String ID = "siglum.apparatus";
    public static final String RECORD = "siglum.apparatus.record";
    public static final String PROMOTE = "siglum.apparatus.promote";
    public static final String DELETE = "siglum.apparatus.delete";
    public static final String ADD_READING = "siglum.apparatus.addReading";

    @Reference
    ApparatusService apparatus;

    /** The questions asked; tests give their own answers. */
    ApparatusDialogs dialogs = ApparatusDialogs.SWT;

    private final Map<Workbench, ApparatusPart> parts = new ConcurrentHashMap<>();
    private Commands registered;

    public ApparatusView() {
    }

    /** For tests: the real service given directly. */
    ApparatusView(ApparatusService apparatus, ApparatusDialogs dialogs) {
        this.apparatus = apparatus;
        this.dialogs = dialogs;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Apparatus";
    }

    @Override
    public ViewPlacement placement() {
        return ViewPlacement.BOTTOM;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public ViewPart createPart(Composite parent, Workbench workbench) {
        ApparatusPart part = new ApparatusPart(parent, workbench, apparatus, commands(),
                () -> parts.remove(workbench));
        parts.put(workbench, part);
        return part;
    }

    /**
     * The Apparatus menu, declared as data (decision 0037): each command with its keys, its condition and its action
     * on the edition in the editor (the command is disabled, and does nothing, while no edition is open). The view's
     * command bar shows the same list.
     */
    List<CommandSpec> commands() {
        String menu = CommandContribution.MENU_APPARATUS;
        return List.of(
                CommandSpec.of(RECORD, "&Record OCR reading\u2026").inMenu(menu, 100).withKeys("M1+M2+R")
                        .withDescription("Record the selected text's reading of a witness").withToolbarButton()
                        .withIcon("error-correct")
                        .enabledWhen(whileEdition(this::hasSelection)).does(onEdition(this::recordReading)),
                CommandSpec.of(ADD_READING, "&Add reading\u2026").inMenu(menu, 105).withKeys("M1+M2+A")
                        .withDescription("Add another witness's reading to the entry")
                        .enabledWhen(whileEdition(this::hasEntry)).does(onEdition(this::addReading)),
                CommandSpec.of(PROMOTE, "&Promote reading\u2026").inMenu(menu, 110).withKeys("M1+M2+P")
                        .withDescription("Make a reading of the entry its lemma")
                        .enabledWhen(whileEdition(this::hasEntry)).does(onEdition(this::promoteReading)),
                CommandSpec.of(DELETE, "&Delete entry").inMenu(menu, 120).withKeys("M1+M2+D")
                        .withDescription("Delete the entry; its lemma stays in the text")
                        .enabledWhen(whileEdition(this::hasEntry)).does(onEdition(this::deleteEntry)));
    }

    @Activate
    void activate(BundleContext context) {
        registered = Commands.register(context, commands());
    }

    @Deactivate
    void deactivate() {
        registered.unregister();
    }

    // --- the handlers ------------------------------------------------------------------------------------------------

    private interface Action {
        void run(Workbench workbench, EditionDocument edition);
    }

    private interface Condition {
        boolean test(Workbench workbench, EditionDocument edition);
    }

    private static Predicate<Workbench> whileEdition(Condition condition) {
        return workbench -> workbench.edition().map(e -> condition.test(workbench, e)).orElse(false);
    }

    private static CommandSpec.Action onEdition(Action action) {
        return workbench -> workbench.edition().ifPresent(e -> action.run(workbench, e));
    }

    private boolean hasSelection(Workbench workbench, EditionDocument edition) {
        return !workbench.selection().isEmpty();
    }

    private boolean hasEntry(Workbench workbench, EditionDocument edition) {
        ApparatusPart part = parts.get(workbench);
        return part == null || part.current().isPresent();
    }

    /** Makes an entry of the editor's selection with a reading (of OCR, cause ocr-error unless the person says else). */
    void recordReading(Workbench workbench, EditionDocument edition) {
        EditorSelection range = workbench.selection();
        if (range.isEmpty()) {
            workbench.showError("Record OCR reading", "Select the text of the lemma in the editor first.");
            return;
        }
        String lemma = edition.document().get().substring(range.offset(), range.end());
        List<String> witnesses = apparatus.witnesses(edition).stream().map(Witness::id).toList();
        ReadingSpec reading = dialogs.askForReading(workbench.shell(), lemma, witnesses);
        if (reading != null) {
            change(workbench, "Cannot record the reading",
                    () -> apparatus.createEntry(edition, range.offset(), range.end(), List.of(), reading));
        }
    }

    /**
     * Adds a reading to the current entry (the one selected in the view, else the one at the caret): the witness
     * proposed is the first declared one the entry has no reading of yet.
     */
    void addReading(Workbench workbench, EditionDocument edition) {
        Optional<ApparatusEntry> current = current(workbench, edition, "Add reading");
        if (current.isEmpty()) {
            return;
        }
        ApparatusEntry entry = current.get();
        List<String> present = new java.util.ArrayList<>();
        entry.lemma().ifPresent(lemma -> present.addAll(lemma.witnesses()));
        entry.readings().forEach(reading -> present.addAll(reading.witnesses()));
        List<String> declared = apparatus.witnesses(edition).stream().map(Witness::id).toList();
        List<String> offered = new java.util.ArrayList<>(declared.stream().filter(w -> !present.contains(w)).toList());
        declared.stream().filter(present::contains).forEach(offered::add);
        ReadingSpec reading = dialogs.askForAddedReading(workbench.shell(), entry.id(), entry.lemmaText(), offered);
        if (reading != null) {
            change(workbench, "Cannot add the reading", () -> apparatus.addReading(edition, entry.id(), reading));
        }
    }

    /** Promotes a reading of the current entry to lemma (asking which, when there are several). */
    void promoteReading(Workbench workbench, EditionDocument edition) {
        Optional<ApparatusEntry> current = current(workbench, edition, "Promote reading");
        if (current.isEmpty()) {
            return;
        }
        ApparatusEntry entry = current.get();
        List<String> witnesses = entry.readings().stream().flatMap(r -> r.witnesses().stream()).toList();
        if (witnesses.isEmpty()) {
            workbench.showError("Promote reading",
                    "Entry " + entry.id() + " has no reading with a witness to promote.");
            return;
        }
        String witness = dialogs.chooseWitness(workbench.shell(),
                "Promote the reading of which witness in entry " + entry.id() + "?", witnesses);
        if (witness != null) {
            change(workbench, "Cannot promote the reading", () -> apparatus.promote(edition, entry.id(), witness));
        }
    }

    /** Deletes the current entry: its lemma stays in the text. */
    void deleteEntry(Workbench workbench, EditionDocument edition) {
        current(workbench, edition, "Delete entry").ifPresent(entry -> change(workbench, "Cannot delete the entry",
                () -> apparatus.deleteEntry(edition, entry.id())));
    }

    /** The entry selected in the view, else the one at the caret; none is reported. */
    private Optional<ApparatusEntry> current(Workbench workbench, EditionDocument edition, String action) {
        ApparatusPart part = parts.get(workbench);
        Optional<ApparatusEntry> entry = part != null ? part.current()
                : Optional.ofNullable(ApparatusRows.at(apparatus.entries(edition), workbench.selection().offset()));
        if (entry.isEmpty()) {
            workbench.showError(action, "Select an entry in the apparatus view, or put the cursor in one.");
        }
        return entry;
    }

    interface Operation {
        ApparatusChange run() throws ApparatusException;
    }

    /** Runs a service operation (one undoable edit); a refusal is shown with its reason and changes nothing. */
    void change(Workbench workbench, String failure, Operation operation) {
        ApparatusChange change;
        try {
            change = operation.run();
        } catch (ApparatusException e) {
            workbench.showError(failure, e.getMessage());
            return;
        }
        workbench.showMessage(change.description());
        ApparatusPart part = parts.get(workbench);
        if (part != null) {
            part.refresh();
            if (change.entryId() != null) {
                part.reveal(change.entryId());
            }
        }
        workbench.select(change.start(), 0);
    }

    /** The part shown in a workbench, if any (for tests). */
    Optional<ApparatusPart> part(Workbench workbench) {
        return Optional.ofNullable(parts.get(workbench));
    }
}
