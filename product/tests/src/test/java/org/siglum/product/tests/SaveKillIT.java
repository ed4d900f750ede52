package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.core.EditionDocument;

/**
 * Saves cannot lose data: a process that writes an edition is killed with SIGKILL at random moments, many times, and
 * the file is always exactly the old version or the new one, never cut or mixed; the backup {@code NAME~} is always a
 * whole earlier version; what a kill leaves behind is a recognisable temporary file that does not disturb the next
 * save. Once with a loop of saves through the core (many kill points), once with the commands that write an edition.
 */
class SaveKillIT {

    private static final long SEED = Long.getLong("siglum.kill.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void aSaveLoopKilledAtRandomMomentsLeavesAWholeVersionEveryTime() throws Exception {
        System.out.println("SaveKillIT seed " + SEED + " (-Dsiglum.kill.seed=" + SEED + " repeats it)");
        Random random = new Random(SEED);
        Path file = dir.resolve("v.xml");
        Files.write(file, SaveLoop.bytes(0));
        int rounds = 30;
        int advanced = 0;
        int last = 0;
        for (int round = 0; round < rounds; round++) {
            Process writer = startSaveLoop(file);
            int reported = last;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String first = out.readLine();
                assertThat(first).as("the writer started (stderr: %s)", stderr(writer)).isEqualTo("saving");
                // let it finish a random number of saves (0-2), then kill it at a random moment of the next ones
                int saves = random.nextInt(3);
                for (int i = 0; i < saves; i++) {
                    String line = out.readLine();
                    assertThat(line).startsWith("saved ");
                    reported = Integer.parseInt(line.substring(6));
                }
                if (saves > 0) {
                    advanced++;
                }
                Thread.sleep(random.nextInt(150));
                writer.destroyForcibly(); // SIGKILL on Linux
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            int now = assertWholeVersion(file, "round " + round);
            assertThat(now).as("round %d: no reported save is lost", round).isGreaterThanOrEqualTo(reported);
            last = now;
            Path backup = dir.resolve("v.xml~");
            if (Files.exists(backup)) {
                int was = assertWholeVersion(backup, "backup in round " + round);
                assertThat(was).as("the backup is an earlier version or the same").isLessThanOrEqualTo(now);
            }
            assertLeftoversAreRecognisableTemporaries();
        }

        // the next save after all these kills works and leaves the right file and backup
        EditionDocument edition = EditionDocument.read(file);
        edition.replace(0, edition.length(), SaveLoop.version(last + 1));
        edition.save();
        assertThat(Files.readAllBytes(file)).isEqualTo(SaveLoop.bytes(last + 1));
        assertThat(Files.readAllBytes(dir.resolve("v.xml~"))).isEqualTo(SaveLoop.bytes(last));
        System.out.println("SaveKillIT: " + rounds + " kills, " + last + " saves in all, " + advanced + " rounds saved before the kill");
    }

    @Test
    void theCommandsThatWriteAnEditionKilledAtRandomMomentsLeaveTheOldOrTheNewFile() throws Exception {
        Random random = new Random(SEED + 1);
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Files.writeString(dir.resolve("refs.bib"), CitationFiles.BIBTEX, StandardCharsets.UTF_8);
        byte[] old = Files.readAllBytes(sample);
        List<String[]> commands = List.of(
                new String[] {"app", "add", "ed.xml", "--range", wordRange(old, "ประสบ"), "--wit", "OCR", "--text",
                        "ประสพ", "--cause", "ocr-error"},
                new String[] {"bib", "import", "refs.bib", "--into", "ed.xml"},
                new String[] {"notes", "ed.xml", "--renumber"});
        int kills = 0;
        for (String[] command : commands) {
            // the version the command writes when it is not killed, and how long it takes
            Files.write(dir.resolve("ed.xml"), notesOutOfOrder(old, command));
            byte[] before = Files.readAllBytes(dir.resolve("ed.xml"));
            long start = System.nanoTime();
            Siglum.Run reference = Siglum.run(dir, command);
            long took = System.nanoTime() - start;
            assertThat(reference.exitCode()).as(reference.toString()).isZero();
            byte[] after = Files.readAllBytes(dir.resolve("ed.xml"));
            assertThat(after).as("the command changes the edition").isNotEqualTo(before);
            for (int round = 0; round < 3; round++) {
                Files.write(dir.resolve("ed.xml"), before);
                Files.deleteIfExists(dir.resolve("ed.xml~"));
                long delay = (long) (took * (0.5 + 0.6 * random.nextDouble()));
                Process process = start(command);
                if (!process.waitFor(delay, TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly();
                    kills++;
                }
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                byte[] now = Files.readAllBytes(dir.resolve("ed.xml"));
                assertThat(java.util.Arrays.equals(now, before) || java.util.Arrays.equals(now, after))
                        .as("%s after %d ms: the old or the new file", String.join(" ", command), delay / 1_000_000)
                        .isTrue();
                if (Files.exists(dir.resolve("ed.xml~"))) {
                    assertThat(Files.readAllBytes(dir.resolve("ed.xml~"))).isEqualTo(before);
                }
                assertLeftoversAreRecognisableTemporaries();
            }
        }
        assertThat(kills).as("commands killed before they finished").isPositive();
    }

    /** START:END in UTF-16 units of the first occurrence of a word in the edition's text. */
    private static String wordRange(byte[] edition, String word) {
        int at = new String(edition, StandardCharsets.UTF_8).indexOf(word);
        assertThat(at).as("the sample has %s", word).isNotNegative();
        return at + ":" + (at + word.length());
    }

    /** For notes --renumber the edition needs a number to fix: note numbers swapped, else the sample as it is. */
    private static byte[] notesOutOfOrder(byte[] sample, String[] command) {
        if (!command[0].equals("notes")) {
            return sample;
        }
        String text = new String(sample, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<note\\b[^>]*\\bn=\"(\\d+)\"").matcher(text);
        assertThat(m.find()).as("the sample has numbered notes").isTrue();
        int at = m.start(1);
        return (text.substring(0, at) + "99" + text.substring(m.end(1))).getBytes(StandardCharsets.UTF_8);
    }

    private Process start(String[] arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Siglum.app().resolve("bin/siglum").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private Process startSaveLoop(Path file) throws Exception {
        Path bundles = Siglum.app().resolve("bundles");
        List<String> classPath = new ArrayList<>();
        classPath.add(Path.of(SaveLoop.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        try (Stream<Path> jars = Files.list(bundles)) {
            jars.filter(p -> p.getFileName().toString().matches(
                    "(siglum\\.core|org\\.eclipse\\.text\\.osgi|org\\.eclipse\\.equinox\\.common|org\\.eclipse\\.core\\.commands)-.*\\.jar"))
                    .forEach(p -> classPath.add(p.toString()));
        }
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(java.io.File.pathSeparator, classPath), SaveLoop.class.getName(), file.toString())
                .redirectError(dir.resolve("writer.err").toFile()).start();
    }

    private String stderr(Process writer) throws IOException {
        Path err = dir.resolve("writer.err");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    /** The file is exactly one version the writer could have written; returns which. */
    private static int assertWholeVersion(Path file, String when) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int k = SaveLoop.versionOf(text);
        assertThat(k).as("%s: %s has a version (%d bytes)", when, file.getFileName(), bytes.length).isNotNegative();
        assertThat(java.util.Arrays.equals(bytes, SaveLoop.bytes(k)))
                .as("%s: %s is exactly version %d, not cut or mixed (%d bytes)", when, file.getFileName(), k, bytes.length)
                .isTrue();
        return k;
    }

    /** Anything besides the edition, its backup and our own files is a temporary file named after the edition. */
    private void assertLeftoversAreRecognisableTemporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.matches("v\\.xml~?|ed\\.xml~?|refs\\.bib|writer\\.err"))
                    .forEach(n -> assertThat(n).as("a leftover file").matches("\\.(v|ed)\\.xml~?\\.\\d+\\.tmp"));
        }
    }
}
