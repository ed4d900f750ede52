package org.siglum.cli;

/**
 * A command cannot go on: a usage error or input it cannot read. The message is one line that names the file, line
 * and column where there is one ({@code chapter.xml:12:5: ...}); it is printed without a stack trace.
 */
public class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandException(String message) {
        this(message, ExitCode.USAGE, null);
    }

    public CommandException(String message, Throwable cause) {
        this(message, ExitCode.USAGE, cause);
    }

    public CommandException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code for this failure, {@link ExitCode#USAGE} unless said otherwise. */
    public int exitCode() {
        return exitCode;
    }
}
