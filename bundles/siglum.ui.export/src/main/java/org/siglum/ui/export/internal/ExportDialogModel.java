package org.siglum.ui.export.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.siglum.core.EditionDocument;
import org.siglum.export.EditionCheck;
import org.siglum.export.ExportOption;
import org.siglum.export.Exporter;

/**
 * What the Export… dialog shows and asks, without widgets: the formats of the {@link Exporter} services present now
 * (each chosen or not, as remembered), the output folder (remembered per edition), the options the formats take with
 * the values offered (the edition's witnesses, the installed styles and locales, the formats' defaults), and the
 * {@link ExportPlan} the choices make. {@link ExportDialog} is a view over it: it shows {@link #formats()} and
 * {@link #options()}, passes what the person chooses and types back, and asks for the plan when Export is pressed.
 */
final class ExportDialogModel {

    /** The message over the dialog when the edition is saved. */
    static final String READY = "Choose the formats and the folder; the edition is checked before anything is written.";

    /** The message over the dialog when the edition has unsaved changes. */
    static final String UNSAVED = "The edition has unsaved changes: the export is of the text in the editor, not of "
            + "the file.";

    /** Option names with a label of their own; others show their name. */
    private static final Map<String, String> OPTION_LABELS = Map.of("wit", "Witness (text):", "style",
            "Citation style:", "locale", "Citation locale:", "page", "Page size (print):", "font", "Main font (print):");

    /** Options in the order a person thinks of them: the witness, then how citations look, then the rest. */
    private static final List<String> OPTION_ORDER = List.of("wit", "style", "locale", "page", "font");

    /** A format offered: its id and the text of its check box. */
    record Format(String id, String label) {
    }

    /**
     * An option offered: its name, label and description, the values offered (the empty one first: each format's
     * own default), and the value shown (what was typed, else the default the formats taking it agree on).
     */
    record Option(String name, String label, String description, List<String> choices, String value) {
    }

    private final EditionDocument edition;
    private final Path editionFile;
    private final Supplier<List<Exporter>> exporters;
    private final EditionCheck check;
    private final Set<String> styles;
    private final Set<String> locales;
    private final ExportPreferences preferences;

    private final Set<String> chosen = new LinkedHashSet<>();
    private final Map<String, String> typed = new LinkedHashMap<>();
    private String folder;

    ExportDialogModel(EditionDocument edition, Path editionFile, Supplier<List<Exporter>> exporters,
            EditionCheck check, Set<String> styles, Set<String> locales, ExportPreferences preferences) {
        this.edition = edition;
        this.editionFile = editionFile;
        this.exporters = exporters;
        this.check = check;
        this.styles = styles;
        this.locales = locales;
        this.preferences = preferences;
        this.folder = preferences.folderFor(editionFile).toString();
        chosen.addAll(preferences.formats());
        exportersChanged();
    }

    String title() {
        return "Export " + editionFile.getFileName();
    }

    /** Whether the message over the dialog is a warning: the export is of unsaved text. */
    boolean unsaved() {
        return edition.isDirty();
    }

    /** The message over the dialog before an export: {@link #READY} or {@link #UNSAVED}. */
    String editionMessage() {
        return unsaved() ? UNSAVED : READY;
    }

    /** The Exporter services present now, by id (one per id). */
    private List<Exporter> present() {
        List<Exporter> present = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Exporter> all = new ArrayList<>(exporters.get());
        all.sort(Comparator.comparing(Exporter::id));
        for (Exporter exporter : all) {
            if (seen.add(exporter.id())) {
                present.add(exporter);
            }
        }
        return present;
    }

    /**
     * The Exporter services changed (a format bundle started or stopped): a format that went is no longer chosen, so
     * it comes back unchosen; what was typed stays.
     */
    void exportersChanged() {
        Set<String> ids = new LinkedHashSet<>();
        present().forEach(e -> ids.add(e.id()));
        chosen.retainAll(ids);
    }

    /** The formats offered, by id. */
    List<Format> formats() {
        List<Format> formats = new ArrayList<>();
        for (Exporter exporter : present()) {
            boolean named = exporter.name().toLowerCase(Locale.ROOT).contains(exporter.id());
            formats.add(new Format(exporter.id(), named ? exporter.name() : exporter.name() + " (" + exporter.id()
                    + ")"));
        }
        return formats;
    }

    boolean isChosen(String formatId) {
        return chosen.contains(formatId);
    }

    /** Chooses a format or leaves it out; an id no service has now is ignored. */
    void choose(String formatId, boolean on) {
        if (!on) {
            chosen.remove(formatId);
        } else if (present().stream().anyMatch(e -> e.id().equals(formatId))) {
            chosen.add(formatId);
        }
    }

    /** The ids of the chosen formats, by id. */
    Set<String> chosenIds() {
        Set<String> ids = new LinkedHashSet<>();
        present().stream().map(Exporter::id).filter(chosen::contains).forEach(ids::add);
        return ids;
    }

    /** The options of all the formats present, in {@link #OPTION_ORDER} then by name. */
    List<Option> options() {
        Map<String, List<ExportOption>> byName = new TreeMap<>(Comparator.comparingInt(ExportDialogModel::rank)
                .thenComparing(Comparator.naturalOrder()));
        for (Exporter exporter : present()) {
            for (ExportOption option : exporter.options()) {
                byName.computeIfAbsent(option.name(), n -> new ArrayList<>()).add(option);
            }
        }
        List<Option> options = new ArrayList<>();
        byName.forEach((name, declared) -> options.add(new Option(name,
                OPTION_LABELS.getOrDefault(name, name + ":"), declared.get(0).description(), choices(name, declared),
                typed.getOrDefault(name, sharedDefault(declared)))));
        return options;
    }

    /** What the person typed or chose for an option. */
    void setOption(String name, String value) {
        typed.put(name, value);
    }

    /** The options the chosen formats take: the others are shown disabled. */
    Set<String> takenOptions() {
        Set<String> taken = new LinkedHashSet<>();
        for (Exporter exporter : chosenExporters()) {
            exporter.options().forEach(o -> taken.add(o.name()));
        }
        return taken;
    }

    String folder() {
        return folder;
    }

    void setFolder(String text) {
        folder = text;
    }

    /** Whether Export can be pressed: a format is chosen. */
    boolean canExport() {
        return !chosenIds().isEmpty();
    }

    /** What stops an export now, as the dialog says it; empty when {@link #plan()} can be made. */
    Optional<String> problem() {
        if (chosenExporters().isEmpty()) {
            return Optional.of("Choose at least one format.");
        }
        if (folder == null || folder.isBlank()) {
            return Optional.of("Give the folder to write into.");
        }
        return Optional.empty();
    }

    /** The output folder: the one given, relative to the edition's folder when it is relative. */
    Path outputFolder() {
        return editionFile.toAbsolutePath().getParent().resolve(folder.strip()).normalize();
    }

    /**
     * The export the choices make: a copy of the text in the editor now (unsaved edits included, so typing on cannot
     * change it mid-export), the output folder, and each chosen format with the options it declares that are not
     * empty.
     *
     * @throws IllegalStateException when {@link #problem()} says what is missing
     */
    ExportPlan plan() {
        problem().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        Map<String, String> shown = new LinkedHashMap<>();
        options().forEach(o -> shown.put(o.name(), o.value()));
        List<ExportPlan.Format> formats = new ArrayList<>();
        for (Exporter exporter : chosenExporters()) {
            Map<String, String> options = new LinkedHashMap<>();
            for (ExportOption option : exporter.options()) {
                String value = shown.getOrDefault(option.name(), "");
                if (!value.isBlank()) {
                    options.put(option.name(), value.strip());
                }
            }
            formats.add(new ExportPlan.Format(exporter, options));
        }
        EditionDocument snapshot = EditionDocument.ofText(edition.text(), edition.name());
        return new ExportPlan(snapshot, editionFile, outputFolder(), formats);
    }

    /** Remembers the folder and the formats for the next time; false when they cannot be written down. */
    boolean remember() {
        return preferences.remember(editionFile, outputFolder(), chosenIds());
    }

    private List<Exporter> chosenExporters() {
        return present().stream().filter(e -> chosen.contains(e.id())).toList();
    }

    private static int rank(String option) {
        int index = OPTION_ORDER.indexOf(option);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** The values offered for an option: the declared witnesses, the installed styles and locales, the defaults. */
    private List<String> choices(String name, List<ExportOption> declared) {
        Set<String> values = new LinkedHashSet<>();
        values.add("");
        switch (name) {
            case "wit" -> values.addAll(check.witnesses(edition));
            case "style" -> values.addAll(styles);
            case "locale" -> values.addAll(locales);
            default -> {
            }
        }
        for (ExportOption option : declared) {
            if (option.defaultValue() != null) {
                values.add(option.defaultValue());
            }
        }
        return new ArrayList<>(values);
    }

    /** The default all the formats taking an option agree on, else empty (each format uses its own). */
    private static String sharedDefault(List<ExportOption> declared) {
        Set<String> defaults = new LinkedHashSet<>();
        declared.forEach(o -> defaults.add(o.defaultValue() == null ? "" : o.defaultValue()));
        return defaults.size() == 1 ? defaults.iterator().next() : "";
    }
}
