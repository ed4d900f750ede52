package org.siglum.ui.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;
import org.siglum.export.EditionCheck;
import org.siglum.export.ExportException;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.ProgressMonitor;

/**
 * The export dialog's model without a display: the formats of the exporters present, the options they take and the
 * values offered, the remembered folder and formats, and the plan the choices make. The real exporters and services.
 */
class ExportDialogModelTest {

    @TempDir
    Path dir;

    private Path file;
    private EditionDocument edition;
    private ExportPreferences preferences;
    private final List<Exporter> exporters = new CopyOnWriteArrayList<>(
            List.of(Services.TEXT, Services.PDF, Services.HTML));

    @BeforeEach
    void readTheSample() throws Exception {
        file = Files.copy(Services.sample(), dir.resolve("chapter-3.xml"));
        edition = EditionDocument.read(file);
        preferences = new ExportPreferences(dir.resolve("config/export.properties"));
    }

    @AfterEach
    void close() {
        edition.close();
    }

    private ExportDialogModel model() {
        return new ExportDialogModel(edition, file, () -> List.copyOf(exporters),
                new EditionCheck(Services.APPARATUS, Services.NOTES), Set.of("chicago-author-date", "apa"),
                Set.of("en-US", "th-TH"), preferences);
    }

    @Test
    void theFormatsAreTheExportersPresentByIdWithTheWebEditionChosenAtFirst() {
        ExportDialogModel model = model();
        assertThat(model.formats()).extracting(ExportDialogModel.Format::id).containsExactly("html", "pdf", "text");
        assertThat(model.chosenIds()).containsExactly("html");
        assertThat(model.canExport()).isTrue();
        assertThat(model.title()).isEqualTo("Export chapter-3.xml");
        assertThat(model.folder()).isEqualTo(dir.resolve("export").toString());
        assertThat(model.editionMessage()).isEqualTo(ExportDialogModel.READY);
        assertThat(model.unsaved()).isFalse();
    }

    @Test
    void theOptionsComeInTheOrderAPersonThinksOfThemWithTheValuesOffered() {
        ExportDialogModel model = model();
        List<ExportDialogModel.Option> options = model.options();
        assertThat(options).extracting(ExportDialogModel.Option::name).containsExactly("wit", "style", "locale",
                "page", "font");
        ExportDialogModel.Option wit = options.get(0);
        assertThat(wit.label()).isEqualTo("Witness (text):");
        assertThat(wit.choices()).startsWith("").contains("OCR", "ED");
        ExportDialogModel.Option locale = options.get(2);
        assertThat(locale.choices()).contains("", "en-US", "th-TH", "auto");
        assertThat(locale.value()).as("html and pdf say auto: the shared default").isEqualTo("auto");
        assertThat(options.get(3).value()).as("only pdf takes a page size: its default").isEqualTo("A5");
    }

    @Test
    void onlyTheOptionsOfTheChosenFormatsAreTaken() {
        ExportDialogModel model = model();
        assertThat(model.takenOptions()).containsExactlyInAnyOrder("style", "locale");
        model.choose("text", true);
        assertThat(model.takenOptions()).contains("wit").doesNotContain("page");
        model.choose("html", false);
        model.choose("text", false);
        assertThat(model.takenOptions()).isEmpty();
        assertThat(model.canExport()).isFalse();
        assertThat(model.problem()).contains("Choose at least one format.");
    }

    @Test
    void thePlanGivesEachChosenFormatTheOptionsItDeclaresThatAreNotEmpty() {
        ExportDialogModel model = model();
        model.choose("text", true);
        model.choose("pdf", true);
        model.setOption("wit", " OCR ");
        model.setOption("style", "apa");
        model.setFolder("out");

        ExportPlan plan = model.plan();
        assertThat(plan.outputFolder()).as("relative to the edition's folder").isEqualTo(dir.resolve("out"));
        assertThat(plan.edition()).isEqualTo(file);
        assertThat(plan.formats()).extracting(f -> f.exporter().id()).containsExactly("html", "pdf", "text");
        // the locale both formats default to (auto: the edition's language) is shown and given to both
        assertThat(plan.formats().get(0).options()).containsOnly(Map.entry("style", "apa"), Map.entry("locale", "auto"));
        assertThat(plan.formats().get(1).options()).containsOnly(Map.entry("style", "apa"),
                Map.entry("page", "A5"), Map.entry("locale", "auto"));
        assertThat(plan.formats().get(2).options()).containsOnly(Map.entry("wit", "OCR"));
        assertThat(plan.witness()).contains("OCR");
    }

    @Test
    void thePlanIsOfTheTextInTheEditorNowUnsavedEditsIncluded() throws Exception {
        ExportDialogModel model = model();
        int at = edition.text().indexOf("</head>");
        edition.document().replace(at, 0, " (draft)");
        assertThat(model.unsaved()).isTrue();
        assertThat(model.editionMessage()).isEqualTo(ExportDialogModel.UNSAVED);
        ExportPlan plan = model.plan();
        assertThat(plan.document().text()).isEqualTo(edition.text()).contains(" (draft)</head>");
        edition.document().replace(at, 0, "x");
        assertThat(plan.document().text()).as("a copy: typing on does not change it").doesNotContain("x (draft)");
    }

    @Test
    void withoutAFolderThereIsNoPlan() {
        ExportDialogModel model = model();
        model.setFolder("  ");
        assertThat(model.problem()).contains("Give the folder to write into.");
        assertThatThrownBy(model::plan).isInstanceOf(IllegalStateException.class)
                .hasMessage("Give the folder to write into.");
    }

    @Test
    void theFolderAndFormatsAreRememberedForTheNextTime() {
        ExportDialogModel model = model();
        model.choose("html", false);
        model.choose("text", true);
        model.setFolder(dir.resolve("elsewhere").toString());
        assertThat(model.remember()).isTrue();

        ExportDialogModel again = model();
        assertThat(again.folder()).isEqualTo(dir.resolve("elsewhere").toString());
        assertThat(again.chosenIds()).containsExactly("text");
    }

    @Test
    void aFormatThatGoesIsNoLongerChosenAndWhatWasTypedStays() {
        ExportDialogModel model = model();
        model.choose("pdf", true);
        model.setOption("page", "B5");
        exporters.remove(Services.PDF);
        model.exportersChanged();
        assertThat(model.formats()).extracting(ExportDialogModel.Format::id).containsExactly("html", "text");
        assertThat(model.options()).extracting(ExportDialogModel.Option::name).doesNotContain("page");
        model.choose("pdf", true);
        assertThat(model.chosenIds()).as("no service for pdf now").containsExactly("html");

        exporters.add(Services.PDF);
        model.exportersChanged();
        assertThat(model.isChosen("pdf")).isFalse();
        assertThat(model.options()).filteredOn(o -> o.name().equals("page"))
                .extracting(ExportDialogModel.Option::value).containsExactly("B5");
    }

    @Test
    void aFormatWhoseNameDoesNotSayItsIdShowsIt() {
        exporters.add(new Exporter() {
            @Override
            public String id() {
                return "odt";
            }

            @Override
            public String name() {
                return "Office document";
            }

            @Override
            public List<ExportOption> options() {
                return List.of();
            }

            @Override
            public ExportResult export(ExportRequest request, ProgressMonitor monitor) throws ExportException {
                throw new ExportException("not in this test");
            }
        });
        assertThat(model().formats()).extracting(ExportDialogModel.Format::label).containsExactly(
                "Web edition (HTML)", "Office document (odt)", "Print edition (PDF)", "Plain text of one witness");
    }
}
