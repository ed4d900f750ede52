package org.siglum.export;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where an export reports its progress and learns that the user cancelled it. Exporters check
 * {@link #isCanceled()} between steps and throw {@link ExportCanceledException}.
 */
@ConsumerType
public interface ProgressMonitor {

    /** A monitor that shows nothing and never cancels. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void begin(String task, int totalWork) {
        }

        @Override
        public void worked(int work) {
        }

        @Override
        public void subTask(String name) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** The export starts: its name and how many units of work it has. */
    void begin(String task, int totalWork);

    /** Some units of work are done. */
    void worked(int work);

    /** The step now running, e.g. "FOP, pass 2". */
    void subTask(String name);

    /** Whether the user asked to stop. */
    boolean isCanceled();

    /** Throws {@link ExportCanceledException} when the user asked to stop. */
    default void checkCanceled() throws ExportCanceledException {
        if (isCanceled()) {
            throw new ExportCanceledException();
        }
    }
}
