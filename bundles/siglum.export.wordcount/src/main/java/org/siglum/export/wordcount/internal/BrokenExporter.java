package org.siglum.export.wordcount.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.ProgressMonitor;

/** A demonstration format, {@code broken}, that fails on use as a faulty plugin would: the command reports it. */
@Component(service = Exporter.class)
public final class BrokenExporter implements Exporter {

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public String name() {
        return "A faulty format (demonstration)";
    }

    @Override
    public List<ExportOption> options() {
        return List.of();
    }

    @Override
    public ExportResult export(ExportRequest request, ProgressMonitor monitor) {
        throw new IllegalStateException("this demonstration format always fails");
    }
}
