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
import org.siglum.apparatus.Correction;
import org.siglum.apparatus.CorrectionDefaults;
import org.siglum.apparatus.CorrectionService;
import org.siglum.apparatus.Occurrence;
import org.siglum.apparatus.Scope;
import org.siglum.apparatus.Witness;
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
 * The Suspects view (under the editor, after the apparatus) and its commands (decision 0045):
 * <ul>
 * <li>"Record suspect as reading…": the correction (the suspect's suggestion, as the person leaves or changes it)
 * becomes the lemma, the text as it stands the OCR reading, with cause and type; the suspect leaves the list;</li>
 * <li>"This correction everywhere…": every occurrence of the suspect's form in the base text, listed with its context
 * and a tick box; the ticked ones are recorded as one undoable edit.</li>
 * </ul>
 * The finding and recording are the {@link CorrectionService}'s; the view only asks and shows.
 */
@Component(service = ViewContribution.class)
public final class SuspectsView implements ViewContribution {

    public static final String ID = "siglum.suspects";
    public static final String RECORD = "siglum.suspects.record";
    public static final String SERIES = "siglum.suspects.everywhere";

    @Reference
    SuspectFinder finder;

    @Reference
    ApparatusService apparatus;

    @Reference
    CorrectionService corrections;

    /** The questions asked; tests drive the same dialogs. */
    SuspectDialogs dialogs = SuspectDialogs.SWT;

    private final Map<Workbench, SuspectsPart> parts = new ConcurrentHashMap<>();
    private Commands registered;

    public SuspectsView() {
    }

    /** For tests: the real services given directly. */
    SuspectsView(SuspectFinder finder, ApparatusService apparatus, CorrectionService corrections,
            SuspectDialogs dialogs) {
        this.finder = finder;
        this.apparatus = apparatus;
        this.corrections = corrections;
        this.dialogs = dialogs;
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
        SuspectsPart part = new SuspectsPart(parent, workbench, finder, commands(), this::places,
                () -> parts.remove(workbench));
        parts.put(workbench, part);
        return part;
    }

    /** The commands, declared as data (decision 0037): enabled while a suspect is selected in this window's view. */
    List<CommandSpec> commands() {
        return List.of(
                CommandSpec.of(RECORD, "Record &suspect as reading\u2026")
                        .inMenu(CommandContribution.MENU_APPARATUS, 300)
                        .withDescription("Record the selected suspect's correction as the lemma, its text as the OCR"
                                + " reading")
                        .withToolbarText("Record as reading")
                        .enabledWhen(workbench -> workbench.edition().isPresent() && selected(workbench).isPresent())
                        .does(workbench -> onSelected(workbench, this::record)),
                CommandSpec.of(SERIES, "This correction &everywhere\u2026")
                        .inMenu(CommandContribution.MENU_APPARATUS, 310)
                        .withDescription("List every place the selected suspect's text stands, and record the ticked"
                                + " ones as entries in one step")
                        .withToolbarText("This correction everywhere")
                        .enabledWhen(workbench -> workbench.edition().isPresent() && selected(workbench).isPresent())
                        .does(workbench -> onSelected(workbench, this::everywhere)));
    }

    private interface SuspectAction {
        void run(Workbench workbench, EditionDocument edition, Suspect suspect);
    }

    private void onSelected(Workbench workbench, SuspectAction action) {
        Optional<SuspectRows.Row> row = selected(workbench);
        if (workbench.edition().isPresent() && row.isPresent()) {
            action.run(workbench, workbench.edition().get(), row.get().suspect());
        }
    }

    /** The handler of "Record suspect as reading". */
    CommandHandler handler() {
        return commands().get(0).handler();
    }

    private Optional<SuspectRows.Row> selected(Workbench workbench) {
        return Optional.ofNullable(parts.get(workbench)).flatMap(SuspectsPart::selection);
    }

    /** The correction proposed for a suspect: its suggestion, else its text, with the edition's conventions. */
    private Correction proposal(EditionDocument edition, Suspect suspect) {
        CorrectionDefaults defaults = corrections.defaults(edition);
        return Correction.of(suspect.form(), suspect.suggestion().orElse(suspect.form()), defaults);
    }

    private List<String> witnesses(EditionDocument edition) {
        return apparatus.witnesses(edition).stream().map(Witness::id).toList();
    }

    /** How many places the suspect's text stands in, in the base text as it is now. */
    int places(EditionDocument edition, Suspect suspect) {
        return occurrences(edition, suspect.form(), Scope.everywhere()).size();
    }

    private List<Occurrence> occurrences(EditionDocument edition, String form, Scope scope) {
        try {
            return corrections.occurrences(edition, form, scope);
        } catch (ApparatusException e) {
            return List.of();
        }
    }

    /** Records one suspect: the person confirms or changes the correction, then it is one undoable entry. */
    void record(Workbench workbench, EditionDocument edition, Suspect suspect) {
        Optional<Occurrence> here = occurrences(edition, suspect.form(), Scope.offsets(suspect.offset(), suspect.end()))
                .stream().filter(o -> o.start() == suspect.offset()).findFirst();
        if (here.isEmpty()) {
            workbench.showError("Cannot record the suspect", "The text at line "
                    + edition.locate(Math.min(suspect.offset(), edition.length())).line() + " no longer reads \""
                    + suspect.form() + "\".");
            return;
        }
        if (!here.get().recordable()) {
            workbench.showError("Cannot record the suspect", "\"" + suspect.form() + "\" at line " + here.get().line()
                    + " cannot carry an entry: " + here.get().refusal() + ".");
            return;
        }
        Correction correction = dialogs.askForCorrection(workbench.shell(), proposal(edition, suspect),
                witnesses(edition), corrections.defaults(edition).types());
        if (correction != null) {
            apply(workbench, edition, List.of(here.get()), correction, "Cannot record the suspect");
        }
    }

    /** The suspect's correction everywhere its text stands: the person ticks the places; one undoable edit. */
    void everywhere(Workbench workbench, EditionDocument edition, Suspect suspect) {
        List<Occurrence> all = occurrences(edition, suspect.form(), Scope.everywhere());
        if (all.isEmpty()) {
            workbench.showError("This correction everywhere", "\"" + suspect.form() + "\" no longer stands in the"
                    + " base text.");
            return;
        }
        SeriesModel chosen = dialogs.askForSeries(workbench.shell(), new SeriesModel(all, proposal(edition, suspect)),
                witnesses(edition), corrections.defaults(edition).types());
        if (chosen != null && !chosen.chosen().isEmpty()) {
            apply(workbench, edition, chosen.chosen(), chosen.correction(), "Cannot record the corrections");
        }
    }

    private void apply(Workbench workbench, EditionDocument edition, List<Occurrence> places, Correction correction,
            String failure) {
        ApparatusChange change;
        try {
            change = corrections.correct(edition, places, correction);
        } catch (ApparatusException e) {
            workbench.showError(failure, e.getMessage());
            return;
        }
        SuspectsPart part = parts.get(workbench);
        if (part != null) {
            part.forget(places);
        }
        workbench.showMessage(change.description());
        workbench.select(change.start(), change.end() - change.start());
    }

    @Activate
    void activate(BundleContext context) {
        registered = Commands.register(context, commands());
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
