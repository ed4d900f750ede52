package org.siglum.cli.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.siglum.cli.CommandContext;

/**
 * The context a command test runs a command in: a working folder, what the command prints to standard output and to
 * standard error kept as UTF-8 text, never a terminal. Shared with every command bundle's tests through siglum.cli's
 * test jar.
 */
public final class TestCommandContext implements CommandContext {

    private final Path workingDirectory;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    /** A context whose relative paths are resolved against {@code workingDirectory}. */
    public TestCommandContext(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    /** What was printed to standard output since the start or the last {@link #clearOut()}. */
    public String outText() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    /** What was printed to standard error. */
    public String errText() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed to standard output so far, for the next run's output alone. */
    public void clearOut() {
        outBytes.reset();
    }
}
