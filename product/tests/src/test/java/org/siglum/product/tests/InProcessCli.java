package org.siglum.product.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
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
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            Object commandContext = Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[] {contextType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "out" -> outStream;
                        case "err" -> errStream;
                        case "workingDirectory" -> workingDirectory;
                        case "interactive" -> false;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "test context";
                        default -> {
                            if (method.isDefault()) {
                                yield InvocationHandler.invokeDefault(proxy, method, args);
                            }
                            throw new UnsupportedOperationException(method.getName());
                        }
                    });
            Method run = application.getClass().getDeclaredMethod("run", contextType, List.class);
            run.setAccessible(true);
            try {
                int exit = (Integer) run.invoke(application, commandContext, List.copyOf(arguments));
                return new Siglum.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } catch (InvocationTargetException e) {
                // what escapes the application would be a crash of bin/siglum: reported as a fault with its trace
                java.io.StringWriter trace = new java.io.StringWriter();
                e.getCause().printStackTrace(new java.io.PrintWriter(trace));
                return new Siglum.Run(99, out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8) + "\nESCAPED: " + trace);
            }
        } finally {
            context.ungetService(ref);
        }
    }
}
