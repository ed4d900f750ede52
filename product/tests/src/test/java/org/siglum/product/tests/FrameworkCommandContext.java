package org.siglum.product.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A command context for a command running inside the framework: a proxy of that framework's own
 * {@code org.siglum.cli.CommandContext} (the tests' class loader cannot see it), a working folder, what the command
 * prints kept as UTF-8 text. Its default methods (resolve, readEdition) run as written.
 */
final class FrameworkCommandContext {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Object proxy;

    /** A context of {@code contextType} (the framework's CommandContext) over {@code workingDirectory}. */
    FrameworkCommandContext(Class<?> contextType, Path workingDirectory) {
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        proxy = Proxy.newProxyInstance(contextType.getClassLoader(), new Class<?>[] {contextType},
                (self, method, args) -> switch (method.getName()) {
                    case "out" -> outStream;
                    case "err" -> errStream;
                    case "workingDirectory" -> workingDirectory;
                    case "interactive" -> false;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    case "toString" -> "test context";
                    default -> {
                        if (method.isDefault()) {
                            yield InvocationHandler.invokeDefault(self, method, args);
                        }
                        throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    /** The context to pass to the command. */
    Object context() {
        return proxy;
    }

    /** What the command printed to standard output. */
    String outText() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the command printed to standard error. */
    String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
