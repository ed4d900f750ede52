package org.siglum.cli;

/** The exit codes every command shares. */
public final class ExitCode {
    /** All is fine. */
    public static final int OK = 0;
    /** The command ran and found problems in its input (a file that is not well-formed, an invalid edition). */
    public static final int FINDINGS = 1;
    /** A usage error, or input that cannot be read at all. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
