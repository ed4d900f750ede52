package org.siglum.export.wordcount.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.siglum.export.ExportException;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.OutputFiles;
import org.siglum.export.ProgressMonitor;

/**
 * A demonstration format, {@code wordcount}: writes {@code BASENAME.wordcount.txt} with the number of runs of
 * non-space characters in the edition's {@code text}. It exists to show that installing a bundle adds a format.
 */
@Component(service = Exporter.class)
public final class WordCountExporter implements Exporter {

    private static final Pattern TEXT = Pattern.compile("(?s)<text[\\s>].*</text>");

    @Override
    public String id() {
        return "wordcount";
    }

    @Override
    public String name() {
        return "Word count (demonstration)";
    }

    @Override
    public List<ExportOption> options() {
        return List.of();
    }

    @Override
    public ExportResult export(ExportRequest request, ProgressMonitor monitor) throws ExportException {
        monitor.begin("wordcount", 1);
        Matcher m = TEXT.matcher(request.document().text());
        String text = m.find() ? m.group().replaceAll("<[^>]*>", " ") : "";
        long words = Pattern.compile("\\S+").matcher(text).results().count();
        Path target = request.outputDirectory().resolve(request.baseName() + ".wordcount.txt");
        try {
            OutputFiles.write(target, out -> out.write((words + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ExportException(target + ": cannot write: " + e.getMessage(), e);
        }
        monitor.worked(1);
        return new ExportResult(id(), List.of(target), List.of());
    }
}
