package org.siglum.product.tests.plugins;

import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.siglum.export.ExportOption;
import org.siglum.export.ExportRequest;
import org.siglum.export.ExportResult;
import org.siglum.export.Exporter;
import org.siglum.export.ProgressMonitor;

/**
 * The activator of a deliberately broken format bundle (PluginFailureIT): it registers three exporters that fail in
 * the ways a faulty plugin does: {@code broken} throws a linkage error on use (a class missing from its bundle),
 * {@code broken-options} fails to list its options, and a third fails to say even its id.
 */
public final class BrokenExporters implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Exporter.class, new Broken("broken") {
            @Override
            public ExportResult export(ExportRequest request, ProgressMonitor monitor) {
                throw new NoClassDefFoundError("org/example/MissingFromThisBundle");
            }
        }, null);
        context.registerService(Exporter.class, new Broken("broken-options") {
            @Override
            public List<ExportOption> options() {
                throw new IllegalStateException("options are not available");
            }
        }, null);
        context.registerService(Exporter.class, new Broken(null) {
            @Override
            public String id() {
                throw new UnsupportedOperationException("no id");
            }
        }, null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services
    }

    private abstract static class Broken implements Exporter {
        private final String id;

        Broken(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return "Broken test format " + id;
        }

        @Override
        public List<ExportOption> options() {
            return List.of();
        }

        @Override
        public ExportResult export(ExportRequest request, ProgressMonitor monitor) {
            throw new IllegalStateException("not reached");
        }
    }
}
