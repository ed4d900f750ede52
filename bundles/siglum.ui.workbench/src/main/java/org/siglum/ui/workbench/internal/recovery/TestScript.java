package org.siglum.ui.workbench.internal.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.siglum.core.EditionDocument;

/**
 * A test hook, off by default: with {@code -Dsiglum.test.script=FILE} (through {@code SIGLUM_JAVA_OPTS}) the
 * workbench answers the recovery question from the script and, once started, carries out the script's edits on the
 * UI thread through the editor's own document, as typing would. Used by the product's crash test (RecoveryIT),
 * which cannot reach into the window of another process otherwise. One command a line (UTF-8); {@code #} starts a
 * comment:
 *
 * <pre>
 * answer recover|discard|keep      the answer to the next "recover unsaved changes?" (default: keep)
 * replace OFFSET LENGTH TEXT       replaces LENGTH chars at OFFSET; TEXT with \n \r \t \\ \s (space) &#92;uXXXX
 * undo                             undoes the last change
 * flush                            writes the recovery journal now
 * dump FILE                        writes the editor's text to FILE (UTF-8) and "dirty=true|false" to FILE.state
 * done FILE                        writes FILE when all the lines before it are done (or "error: ..." if one failed)
 * </pre>
 */
public final class TestScript implements RecoveryDialogs {

    /** The system property naming the script. */
    public static final String PROPERTY = "siglum.test.script";

    private final Deque<Choice> answers = new ArrayDeque<>();
    private final List<String[]> commands = new ArrayList<>();

    private TestScript(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split(" ", 4);
            if (words[0].equals("answer")) {
                answers.add(switch (words[1]) {
                    case "recover" -> Choice.RECOVER;
                    case "discard" -> Choice.DISCARD;
                    default -> Choice.KEEP_FOR_LATER;
                });
            } else {
                commands.add(words);
            }
        }
    }

    /** The script the system property names, or null when it names none (the normal case). */
    public static TestScript fromSystemProperty() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return new TestScript(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("siglum: cannot read the test script " + file + ": " + e);
            return null;
        }
    }

    static TestScript of(List<String> lines) {
        return new TestScript(lines);
    }

    /** Runs the commands on the calling (UI) thread against the edition shown. */
    public void run(EditionDocument edition, WindowRecovery recovery) {
        String error = null;
        for (String[] c : commands) {
            try {
                if (error != null && !c[0].equals("done")) {
                    continue;
                }
                switch (c[0]) {
                    case "replace" -> {
                        IDocument document = edition.document();
                        document.replace(Integer.parseInt(c[1]), Integer.parseInt(c[2]),
                                c.length > 3 ? unescape(c[3]) : "");
                    }
                    case "undo" -> edition.undo();
                    case "flush" -> recovery.flush();
                    case "dump" -> {
                        Path file = Path.of(c[1]);
                        write(file, edition.text());
                        write(file.resolveSibling(file.getFileName() + ".state"), "dirty=" + edition.isDirty() + "\n");
                    }
                    case "done" -> write(Path.of(c[1]), error == null ? "done\n" : "error: " + error + "\n");
                    default -> throw new IllegalArgumentException("unknown command " + c[0]);
                }
            } catch (Exception e) {
                error = String.join(" ", c) + ": " + e;
                System.err.println("siglum: test script: " + error);
            }
        }
    }

    /** Writes atomically, so a test that sees the file sees all of it. */
    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 's' -> out.append(' ');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    // --- the answers ---------------------------------------------------------------------------------------------

    @Override
    public Choice askToRecover(RecoveryOffer offer) {
        System.out.println("siglum: test script: asked: " + offer.question().lines().findFirst().orElse(""));
        return answers.isEmpty() ? Choice.KEEP_FOR_LATER : answers.poll();
    }

    @Override
    public void showRecoveredCopy(RecoveryOffer offer, Path copy) {
        System.out.println("siglum: test script: recovered copy " + copy);
    }

    @Override
    public void showError(String title, String message) {
        System.err.println("siglum: test script: " + title + ": " + message);
    }
}
