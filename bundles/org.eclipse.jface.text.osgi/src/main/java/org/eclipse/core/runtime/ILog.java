package org.eclipse.core.runtime;

import org.osgi.framework.Bundle;

/**
 * Private stand-in for the part of Eclipse's {@code ILog} that org.eclipse.jface.text uses: it logs failures of
 * content assist, hovers and code minings. Under Felix there is no Eclipse log, so they go to standard error.
 */
public interface ILog {

    /** Logs the status. */
    void log(IStatus status);

    /** The log of a bundle. */
    static ILog of(Bundle bundle) {
        String name = bundle == null ? "org.eclipse.jface.text" : bundle.getSymbolicName();
        return status -> {
            System.err.println(name + ": " + status);
            if (status.getException() != null) {
                status.getException().printStackTrace();
            }
        };
    }

    /** The log of the bundle that holds the class. */
    static ILog of(Class<?> type) {
        return of(org.osgi.framework.FrameworkUtil.getBundle(type));
    }
}
