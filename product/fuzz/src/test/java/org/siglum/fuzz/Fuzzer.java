package org.siglum.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A seeded fuzzer: makes inputs from a {@link Random}, runs a check on each in a worker thread and watches it; an
 * input whose check throws something other than the allowed (clear) exception types, or that does not finish within
 * the per-input limit (a hang), is a failure, kept under {@code target/fuzz-failures/}. The same seed gives the same
 * inputs. The budget is wall time per target ({@code siglum.fuzz.seconds}) or a number of inputs.
 */
final class Fuzzer {

    /** What the fuzzer found for one target. */
    record Result(String target, long seed, long inputs, List<String> failures, double seconds) {
    }

    /** A check of one input; it throws when the input reveals a fault. */
    @FunctionalInterface
    interface Check<T> {
        void check(T input) throws Exception;
    }

    static long seed() {
        return Long.getLong("siglum.fuzz.seed", 20261125L);
    }

    static double seconds() {
        return Double.parseDouble(System.getProperty("siglum.fuzz.seconds", "3"));
    }

    /** A hang: far longer than any of our inputs takes (they take milliseconds), so load alone never trips it. */
    private static final long PER_INPUT_LIMIT_SECONDS = Long.getLong("siglum.fuzz.hang", 20L);

    private Fuzzer() {
    }

    static <T> Result run(String target, Function<Random, T> inputs, Function<T, byte[]> bytes,
            List<Class<? extends Exception>> allowed, Check<T> check) {
        long seed = seed() ^ target.hashCode();
        Random random = new Random(seed);
        long deadline = System.nanoTime() + (long) (seconds() * 1e9);
        long maxInputs = Long.getLong("siglum.fuzz.inputs", Long.MAX_VALUE);
        List<String> failures = new ArrayList<>();
        ExecutorService worker = newWorker(target);
        long started = System.nanoTime();
        long n = 0;
        try {
            while (n < maxInputs && System.nanoTime() < deadline && failures.size() < 10) {
                T input = inputs.apply(random);
                n++;
                Future<?> done = worker.submit(() -> {
                    check.check(input);
                    return null;
                });
                try {
                    done.get(PER_INPUT_LIMIT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    done.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker(target); // the hung thread is abandoned (a daemon)
                    failures.add(keep(target, n, bytes.apply(input), "hang: no result within "
                            + PER_INPUT_LIMIT_SECONDS + " s"));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (!(cause instanceof Exception ex && allowed.stream().anyMatch(a -> a.isInstance(ex)))) {
                        failures.add(keep(target, n, bytes.apply(input), describe(cause)));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        Result result = new Result(target, seed, n, failures, (System.nanoTime() - started) / 1e9);
        record(result);
        return result;
    }

    private static ExecutorService newWorker(String target) {
        return Executors.newSingleThreadExecutor(r -> {
            // a deep stack like the main thread's, so a deep input is judged as the command line would run it
            Thread t = new Thread(null, r, "fuzz-" + target, 0);
            t.setDaemon(true);
            return t;
        });
    }

    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            sb.append("\n    at ").append(trace[i]);
        }
        return sb.toString();
    }

    private static String keep(String target, long n, byte[] input, String what) {
        Path dir = Path.of("target", "fuzz-failures");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(target + "-" + n + ".bin");
            Files.write(file, input);
            return "input " + n + " (" + file + "): " + what;
        } catch (IOException e) {
            return "input " + n + ": " + what;
        }
    }

    /** One line per target in target/fuzz-results.tsv, for bench/run-fuzz.sh. */
    private static synchronized void record(Result r) {
        String line = r.target() + "\t" + r.seed() + "\t" + r.inputs() + "\t" + r.failures().size() + "\t"
                + String.format(java.util.Locale.ROOT, "%.1f", r.seconds()) + "\n";
        System.out.print("fuzz " + line);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fuzz-results.tsv"), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the result is printed anyway
        }
    }
}
