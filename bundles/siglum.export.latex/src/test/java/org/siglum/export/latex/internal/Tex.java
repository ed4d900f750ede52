package org.siglum.export.latex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The tests' view of a written .tex: compiled with XeLaTeX, and its text without TeX markup. */
final class Tex {

    private static final Set<String> OUT_OF_LINE = Set.of("Afootnote", "footnoteA");
    private static final Set<String> DROPPED = Set.of("ledsidenote", "lemma");

    private Tex() {
    }

    /** Compiles FILE.tex in its folder (twice, for reledmac) and returns the log; fails on an error. */
    static String compile(Path tex) throws Exception {
        String xelatex = onPath("xelatex");
        assertThat(xelatex).as("xelatex is not on the PATH: ./run-tests installs it (Debian texlive-xetex, "
                + "texlive-humanities, texlive-lang-other, texlive-lang-arabic)").isNotNull();
        Path log = tex.resolveSibling(tex.getFileName() + ".out");
        for (int run = 0; run < 2; run++) {
            Process p = new ProcessBuilder(xelatex, "-interaction=nonstopmode", "-halt-on-error",
                    tex.getFileName().toString()).directory(tex.getParent().toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        }
        String name = tex.getFileName().toString().replaceFirst("\\.tex$", "");
        assertThat(tex.resolveSibling(name + ".pdf")).exists();
        return Files.readString(tex.resolveSibling(name + ".log"));
    }

    static List<String> missingCharacters(String log) {
        return log.lines().filter(l -> l.startsWith("Missing character")).distinct().toList();
    }

    /**
     * The document's text without markup and white space: [0] the running text, [1] the footnotes' and the
     * apparatus's texts. Escapes become their characters, commands and braces go, margin notes are dropped.
     */
    static String[] text(String tex) {
        int start = tex.indexOf("\\begin{document}");
        StringBuilder notes = new StringBuilder();
        String body = strip(tex.substring(start + "\\begin{document}".length()), notes);
        return new String[] {body, notes.toString()};
    }

    private static String strip(String tex, StringBuilder notes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\' && i + 1 < tex.length() && !Character.isLetter(tex.charAt(i + 1))) {
                out.append(tex.charAt(i + 1));
                i += 2;
            } else if (c == '\\') {
                int j = i + 1;
                while (j < tex.length() && Character.isLetter(tex.charAt(j))) {
                    j++;
                }
                String name = tex.substring(i + 1, j);
                i = j;
                switch (name) {
                    case "textbackslash" -> out.append('\\');
                    case "textasciicircum" -> out.append('^');
                    case "textasciitilde" -> out.append('~');
                    default -> { }
                }
                if (OUT_OF_LINE.contains(name) || DROPPED.contains(name) || name.equals("setcounter")) {
                    int groups = name.equals("setcounter") ? 2 : 1;
                    for (int g = 0; g < groups; g++) {
                        int end = groupEnd(tex, i);
                        if (OUT_OF_LINE.contains(name)) {
                            notes.append(strip(tex.substring(i + 1, end), notes));
                        }
                        i = end + 1;
                    }
                }
            } else {
                if (c != '{' && c != '}' && c != '~' && !Character.isWhitespace(c)) {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the brace closing the group that opens at START. */
    private static int groupEnd(String tex, int start) {
        assertThat(tex.charAt(start)).as("a group at %d", start).isEqualTo('{');
        int depth = 0;
        for (int i = start; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unclosed group at " + start);
    }

    static String onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
