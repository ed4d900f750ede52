package org.example.siglum.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.apparatus.ApparatusEntry;
import org.siglum.apparatus.ApparatusService;
import org.siglum.apparatus.Reading;
import org.siglum.export.ExportException;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.OutputFiles;
import org.siglum.export.ProgressMonitor;

/**
 * The format {@code apparatus-csv}: writes {@code BASENAME.apparatus.csv}, one row per reading of every apparatus
 * entry (the entry, where it stands, its lemma and the lemma's witnesses, the reading's witnesses, text, cause and
 * type), for a spreadsheet. UTF-8 with a byte order mark, so that spreadsheets read Thai, Greek or Arabic as such.
 * <p>
 * A plugin is a bundle with a component like this one: the annotation makes it a service of the interface it
 * implements, Siglum's export command and Export dialog find every {@link Exporter} service, and the entries come from
 * Siglum's own {@link ApparatusService}, referenced here.
 */
@Component(service = Exporter.class)
public final class ApparatusCsvExporter implements Exporter {

    static final List<String> HEADER = List.of("entry", "line", "column", "lemma", "lemma witnesses", "witnesses",
            "reading", "cause", "type");

    @Reference
    ApparatusService apparatus;

    @Override
    public String id() {
        return "apparatus-csv";
    }

    @Override
    public String name() {
        return "Apparatus as CSV (example plugin)";
    }

    @Override
    public List<ExportOption> options() {
        return List.of(new ExportOption("separator", "the field separator: comma, semicolon or tab", "comma"));
    }

    @Override
    public ExportResult export(ExportRequest request, ProgressMonitor monitor) throws ExportException {
        Csv csv = new Csv(separator(request.option("separator").orElse("comma")));
        List<ApparatusEntry> entries = apparatus.entries(request.document());
        monitor.begin("apparatus-csv", entries.size());
        StringBuilder text = new StringBuilder("\uFEFF").append(csv.row(HEADER));
        for (ApparatusEntry entry : entries) {
            monitor.checkCanceled();
            for (List<String> row : rows(entry)) {
                text.append(csv.row(row));
            }
            monitor.worked(1);
        }
        Path target = request.outputDirectory().resolve(request.baseName() + ".apparatus.csv");
        try {
            OutputFiles.write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ExportException(target + ": cannot write: " + e.getMessage(), e);
        }
        return new ExportResult(id(), List.of(target), List.of());
    }

    /** The rows of one entry: one per reading; an entry with a lemma only has one row with no reading. */
    static List<List<String>> rows(ApparatusEntry entry) {
        List<List<String>> rows = new ArrayList<>();
        String lemma = entry.lemma().map(Reading::shown).orElse("");
        String lemmaWitnesses = entry.lemma().map(r -> String.join(" ", r.witnesses())).orElse("");
        List<Reading> readings = entry.readings().isEmpty() ? java.util.Collections.singletonList(null) : entry.readings();
        for (Reading reading : readings) {
            rows.add(List.of(entry.id(), String.valueOf(entry.line()), String.valueOf(entry.column()), lemma,
                    lemmaWitnesses, reading == null ? "" : String.join(" ", reading.witnesses()),
                    reading == null ? "" : reading.shown(), reading == null || reading.cause() == null ? "" : reading.cause(),
                    reading == null || reading.type() == null ? "" : reading.type()));
        }
        return rows;
    }

    private static char separator(String name) throws ExportException {
        return switch (name) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab", "\t" -> '\t';
            default -> throw new ExportException("--separator " + name + ": say comma, semicolon or tab");
        };
    }
}
