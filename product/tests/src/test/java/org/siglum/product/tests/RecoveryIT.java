package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.recovery.Recovery;
import org.siglum.recovery.internal.FileRecoveryJournals;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Issue 8: the workbench as a separate process under the X display (Xvfb in the build) types edits into a copy of the
 * sample, its recovery journal is flushed by its own timer, the process is killed with SIGKILL, and the next start on
 * the same file recovers the edits: the editor holds the edited text, unsaved, and the file on disk is still the
 * original. The window is driven by the workbench's test script hook ({@code -Dsiglum.test.script}, see
 * {@code TestScript} in siglum.ui.workbench), which applies the edits through the editor's document on the UI thread
 * and answers the recovery question.
 */
class RecoveryIT {

    @TempDir
    Path dir;

    @Test
    void editsPendingWhenTheWorkbenchIsKilledAreRecoveredOnTheNextStart() throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("This test starts the workbench window and needs an X display: run it as `xvfb-run -a mvn verify`.");
        }
        byte[] original = Files.readAllBytes(Siglum.root().resolve("samples/chapter-3.xml"));
        Path edition = Files.createDirectories(dir.resolve("edition")).resolve("chapter-3.xml");
        Files.write(edition, original);
        Path journals = dir.resolve("recovery");

        // the edits, as the person would type them: offsets in the text as it is at each one
        StringBuilder expected = new StringBuilder(new String(original, StandardCharsets.UTF_8));
        List<String> script = new ArrayList<>();
        int p = expected.indexOf("<p>", expected.indexOf("<body>")) + 3;
        edit(expected, script, p, 0, "คำที่เพิ่ม 𝔄 ");
        int typo = expected.indexOf("ประทัดประหาร");
        edit(expected, script, typo, "ประทัดประหาร".length(), "ประหัตประหาร");
        int declarationEnd = expected.indexOf("?>") + 2;
        edit(expected, script, declarationEnd, 0, "\n<!-- recovered after a crash -->");
        String word = "ตรวจแก้";
        int at = expected.indexOf("</p>", p);
        for (int i = 0; i < word.length(); i++) {
            edit(expected, script, at + i, 0, word.substring(i, i + 1)); // typed one char at a time
        }
        Path typed = dir.resolve("typed.done");
        script.add("done " + typed);

        Process first = start(edition, journals, script, "first");
        try {
            waitFor(() -> Files.exists(typed), first, "the first run types its edits");
            assertThat(Files.readString(typed)).isEqualTo("done\n");
            // no flush from the test: the journal's own timer writes it
            waitFor(() -> expected.toString().equals(journaledText(edition, journals)), first,
                    "the journal holds the typed text");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            first.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(Files.readAllBytes(edition)).as("the file is as it was: nothing was saved").isEqualTo(original);
        List<Path> leftBehind = journalFiles(journals);
        assertThat(leftBehind).hasSize(1);

        Path dump = dir.resolve("recovered.xml");
        Path recovered = dir.resolve("recovered.done");
        Process second = start(edition, journals, List.of("answer recover", "dump " + dump, "done " + recovered),
                "second");
        try {
            waitFor(() -> Files.exists(recovered), second, "the second run recovers");
            assertThat(Files.readString(recovered)).isEqualTo("done\n");
            String text = Files.readString(dump, StandardCharsets.UTF_8);
            assertThat(text).isEqualTo(expected.toString());
            Diff diff = DiffBuilder.compare(expected.toString()).withTest(text).checkForIdentical().build();
            assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
            assertThat(Files.readString(dir.resolve("recovered.xml.state"))).as("recovered, not saved")
                    .isEqualTo("dirty=true\n");
            assertThat(Files.readAllBytes(edition)).as("recovering does not write the file").isEqualTo(original);
            assertThat(journalFiles(journals)).as("the second run's journal replaced the first's")
                    .hasSize(1).doesNotContainAnyElementsOf(leftBehind);
        } finally {
            second.destroyForcibly();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static void edit(StringBuilder text, List<String> script, int offset, int length, String insert) {
        text.replace(offset, offset + length, insert);
        script.add("replace " + offset + " " + length + " " + escape(insert));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(" ", "\\s").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t");
    }

    /** Starts {@code bin/siglum FILE} (the workbench) with the journals redirected and the test script. */
    private Process start(Path edition, Path journals, List<String> script, String name) throws IOException {
        Path scriptFile = Files.write(dir.resolve(name + ".script"), script, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(Siglum.app().resolve("bin/siglum").toString(), edition.toString())
                .directory(dir.toFile());
        builder.environment().remove("SIGLUM_DEBUG");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("SIGLUM_JAVA_OPTS",
                "-D" + FileRecoveryJournals.FOLDER_PROPERTY + "=" + journals + " -Dsiglum.test.script=" + scriptFile);
        // the window's layout and state go to the test's folder, not the user's
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        return builder.redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    /** Waits for a condition while the process runs (at most two minutes; a timeout, not a timed assertion). */
    private void waitFor(BooleanSupplier condition, Process process, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String name = process.info().command().orElse("siglum");
                fail("waiting until " + what + ": "
                        + (process.isAlive() ? "still not after 120 s" : "the process ended") + " (" + name + ")\n"
                        + output());
            }
            Thread.sleep(100);
        }
    }

    private String output() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".out") || f.toString().endsWith(".err")).toList()) {
                out.append("--- ").append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        }
        return out.toString();
    }

    /**
     * The text the journal of the running workbench holds now: read from a copy of the journals (the running one
     * holds a lock on its own, so it is never offered while it lives).
     */
    private String journaledText(Path edition, Path journals) {
        try {
            Path copy = Files.createTempDirectory(dir, "journals");
            for (Path f : journalFiles(journals)) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
            try (FileRecoveryJournals reader = new FileRecoveryJournals(copy)) {
                List<Recovery> pending = reader.pending(edition);
                return pending.isEmpty() ? null : pending.get(0).text();
            }
        } catch (IOException e) {
            return null; // a journal being replaced just now: look again
        }
    }

    private static List<Path> journalFiles(Path journals) throws IOException {
        if (!Files.isDirectory(journals)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(journals)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".journal")).toList();
        }
    }
}
