package org.siglum.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;
import org.siglum.core.EditionException;

/** What a command may use of its surroundings. */
@ProviderType
public interface CommandContext {

    /** Where results go (UTF-8). */
    PrintStream out();

    /** Where progress and diagnostics go (UTF-8). */
    PrintStream err();

    /** The folder relative paths are resolved against. */
    Path workingDirectory();

    /** Resolves a path the user typed against the working directory. */
    default Path resolve(String path) {
        return workingDirectory().resolve(path).normalize();
    }

    /**
     * Reads the edition a user named, for a command: a missing file, a folder or bytes that are not text become a
     * {@link CommandException} with one line naming the file (and line and column where the core knows them).
     */
    default EditionDocument readEdition(String name) throws CommandException {
        Path file = resolve(name);
        if (!Files.exists(file)) {
            throw new CommandException(name + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CommandException(name + ": is a folder, not a file");
        }
        try {
            return EditionDocument.read(file);
        } catch (EditionException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /** Whether standard output is a terminal (progress lines are drawn only then). */
    boolean interactive();
}
