package org.siglum.launcher.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A program the launcher can run once the framework is up: the command line or the workbench window. Registered as a
 * service with the property {@value #NAME_PROPERTY}; the launcher calls {@link #run} on the JVM's main thread (SWT
 * wants its display there) and exits with the code it returns.
 */
@ConsumerType
public interface Application {

    /** Service property naming the application: {@code cli} or {@code workbench}. */
    String NAME_PROPERTY = "siglum.application";

    /**
     * Runs the application to its end.
     *
     * @param arguments the command-line arguments, as given to {@code bin/siglum}
     * @return the process exit code: 0 fine, 1 findings, 2 usage or input errors
     */
    int run(List<String> arguments) throws Exception;
}
