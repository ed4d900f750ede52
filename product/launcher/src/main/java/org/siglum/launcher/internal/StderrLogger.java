package org.siglum.launcher.internal;

import java.io.PrintStream;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Felix's own messages go to standard error, prefixed, so that standard output stays the command's. */
final class StderrLogger extends Logger {
    private final PrintStream err;

    StderrLogger(PrintStream err) {
        this.err = err;
    }

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        doLog(level, (bundle == null ? "" : "[" + bundle.getSymbolicName() + "] ") + msg, throwable);
    }

    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        String label = switch (level) {
            case LOG_ERROR -> "error";
            case LOG_WARNING -> "warning";
            case LOG_INFO -> "info";
            default -> "debug";
        };
        err.println("siglum: felix " + label + ": " + msg + (throwable == null ? "" : " (" + throwable + ")"));
    }
}
