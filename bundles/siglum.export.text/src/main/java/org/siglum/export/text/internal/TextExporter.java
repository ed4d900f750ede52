package org.siglum.export.text.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.siglum.core.Problem;
import org.siglum.core.XmlTree;
import org.siglum.export.Diagnostic;
import org.siglum.export.ExportException;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.OutputFiles;
import org.siglum.export.ProgressMonitor;
import org.siglum.witness.WitnessText;

/**
 * Format {@code text}: the text of one witness as {@code BASENAME.WIT.txt}, exactly what {@code siglum witness} prints
 * (the witness's text, stripped, with one final new line).
 */
@Component(service = Exporter.class)
public final class TextExporter implements Exporter {

    private final WitnessText witnessText;

    @org.osgi.service.component.annotations.Activate
    public TextExporter(@Reference WitnessText witnessText) {
        this.witnessText = witnessText;
    }

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String name() {
        return "Plain text of one witness";
    }

    @Override
    public List<ExportOption> options() {
        return List.of(new ExportOption("wit",
                "the witness (its xml:id); default: the edited text's witness (named in lem/@wit), else the first", ""));
    }

    /**
     * The witness a request exports: its {@code wit} option, else the edited text's witness, else the first; in an
     * edition that declares no witness, {@link #EDITED_TEXT}.
     */
    public String witness(XmlTree tree, ExportRequest request) throws ExportException {
        List<String> declared = witnessText.witnesses(tree);
        String asked = request.option("wit").filter(w -> !w.isBlank())
                .map(w -> w.startsWith("#") ? w.substring(1) : w).orElse(null);
        if (asked != null) {
            if (!declared.contains(asked)) {
                throw new ExportException(request.edition().getFileName() + ": no witness " + asked + " (declared: "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ")");
            }
            return asked;
        }
        for (String w : declared) {
            if (witnessText.isEditedText(tree, w)) {
                return w;
            }
        }
        return declared.isEmpty() ? EDITED_TEXT : declared.get(0);
    }

    /** What {@link #witness} gives for an edition that declares no witness: its edited text, the lemmata. */
    static final String EDITED_TEXT = "";

    @Override
    public ExportResult export(ExportRequest request, ProgressMonitor monitor) throws ExportException {
        monitor.begin("text", 2);
        XmlTree tree = request.document().tree();
        for (Problem problem : tree.problems()) {
            if (problem.severity() == Problem.Severity.ERROR) {
                throw new ExportException(request.edition().getFileName() + ":" + problem.line() + ":"
                        + problem.column() + ": " + problem.message());
            }
        }
        String wit = witness(tree, request);
        boolean edited = wit.equals(EDITED_TEXT);
        monitor.subTask(edited ? "the edited text" : "witness " + wit);
        // no reading names a witness that is not declared: what is left is every lemma and the text around them
        String text = witnessText.text(tree, edited ? "" : wit).strip() + "\n";
        monitor.worked(1);
        monitor.checkCanceled();
        Path target = request.outputDirectory().resolve(request.baseName() + (edited ? "" : "." + wit) + ".txt");
        try {
            OutputFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ExportException(target + ": cannot write: " + e.getMessage(), e);
        }
        monitor.worked(1);
        List<Diagnostic> diagnostics = edited ? List.of(new Diagnostic(Diagnostic.Severity.INFO,
                request.edition().getFileName().toString(), 0, 0,
                "the edition declares no witness: the text of its lemmata and of the text around them"))
                : List.of();
        return new ExportResult(id(), List.of(target), diagnostics);
    }
}
