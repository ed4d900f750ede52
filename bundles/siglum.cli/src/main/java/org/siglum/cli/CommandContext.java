package org.siglum.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

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

    /** Whether standard output is a terminal (progress lines are drawn only then). */
    boolean interactive();
}
