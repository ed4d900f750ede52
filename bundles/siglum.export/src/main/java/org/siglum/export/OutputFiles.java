package org.siglum.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.siglum.core.SafeFiles;

/**
 * Writing an output file so that it appears whole or not at all: the content goes to a temporary file beside the
 * target, is flushed to disk, and is moved over the target in one step.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, ExportException;
    }

    /**
     * Writes {@code target} atomically, through the core's one rule for writing files ({@link SafeFiles}): on failure
     * the old file (if any) is untouched and no temporary is left; a new file gets ordinary permissions.
     */
    public static Path write(Path target, Content content) throws IOException, ExportException {
        SafeFiles.write(target, content::writeTo);
        return target;
    }
}
