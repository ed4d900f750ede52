package org.siglum.product.tests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.siglum.launcher.api.Application;

/**
 * The {@code cli} application of a running framework, called as {@code bin/siglum} calls it but with its own streams
 * and working folder, so that many runs share one start-up. Exit codes, messages and the handling of faults (exit 3)
 * are the application's own.
 */
final class InProcessCli {

    private final Framework framework;

    InProcessCli(Framework framework) {
        this.framework = framework;
    }

    Siglum.Run run(Path workingDirectory, List<String> arguments) throws Exception {
        BundleContext context = framework.getBundleContext();
        ServiceReference<Application> ref = null;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (ref == null && System.nanoTime() < deadline) {
            var refs = context.getServiceReferences(Application.class, "(" + Application.NAME_PROPERTY + "=cli)");
            ref = refs.isEmpty() ? null : refs.iterator().next();
            if (ref == null) {
                Thread.sleep(50);
            }
        }
        if (ref == null) {
            throw new AssertionError("no cli application in the framework");
        }
        Application application = context.getService(ref);
        try {
            Class<?> contextType = application.getClass().getClassLoader().loadClass("org.siglum.cli.CommandContext");
            FrameworkCommandContext commandContext = new FrameworkCommandContext(contextType, workingDirectory);
            Method run = application.getClass().getDeclaredMethod("run", contextType, List.class);
            run.setAccessible(true);
            try {
                int exit = (Integer) run.invoke(application, commandContext.context(), List.copyOf(arguments));
                return new Siglum.Run(exit, commandContext.outText(), commandContext.errText());
            } catch (InvocationTargetException e) {
                // what escapes the application would be a crash of bin/siglum: reported as a fault with its trace
                java.io.StringWriter trace = new java.io.StringWriter();
                e.getCause().printStackTrace(new java.io.PrintWriter(trace));
                return new Siglum.Run(99, commandContext.outText(),
                        commandContext.errText() + "\nESCAPED: " + trace);
            }
        } finally {
            context.ungetService(ref);
        }
    }
}
