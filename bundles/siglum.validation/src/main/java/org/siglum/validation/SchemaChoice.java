package org.siglum.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What to validate against: our TEI customisation (its grammar, its rules, or both), or a schema file (RELAX NG in XML
 * or compact syntax for a grammar, ISO Schematron for rules).
 */
public final class SchemaChoice {

    /** The kind of check a choice runs. */
    public enum Kind {
        /** A RELAX NG grammar (Jing). */
        GRAMMAR,
        /** Schematron rules (SchXslt and Saxon). */
        RULES
    }

    /** The environment variable that names tei_all.rng. */
    public static final String TEI_ALL_VARIABLE = "SIGLUM_TEI_ALL";

    private static final SchemaChoice SIGLUM = new SchemaChoice("siglum", null, true, true);
    private static final SchemaChoice SIGLUM_GRAMMAR = new SchemaChoice("siglum grammar", null, true, false);
    private static final SchemaChoice SIGLUM_RULES = new SchemaChoice("siglum rules", null, false, true);

    private final String label;
    private final Path path;
    private final boolean grammar;
    private final boolean rules;

    private SchemaChoice(String label, Path path, boolean grammar, boolean rules) {
        this.label = label;
        this.path = path;
        this.grammar = grammar;
        this.rules = rules;
    }

    /** Our customisation: siglum.rng and siglum.sch from the siglum.tei-schemas bundle. */
    public static SchemaChoice siglum() {
        return SIGLUM;
    }

    /** Our grammar only (siglum.rng). */
    public static SchemaChoice siglumGrammar() {
        return SIGLUM_GRAMMAR;
    }

    /** Our Schematron rules only (siglum.sch). */
    public static SchemaChoice siglumRules() {
        return SIGLUM_RULES;
    }

    /**
     * A schema file: {@code .rng} (RELAX NG, XML syntax), {@code .rnc} (compact syntax), or {@code .sch} (Schematron).
     *
     * @throws ValidationException when the file does not exist or its extension is none of these
     */
    public static SchemaChoice file(Path schema) throws ValidationException {
        Objects.requireNonNull(schema, "schema");
        String name = schema.getFileName() == null ? "" : schema.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(schema)) {
            throw new ValidationException(schema + ": no such schema file");
        }
        Path absolute = schema.toAbsolutePath().normalize();
        if (name.endsWith(".rng") || name.endsWith(".rnc")) {
            return new SchemaChoice(absolute.toString(), absolute, true, false);
        }
        if (name.endsWith(".sch")) {
            return new SchemaChoice(absolute.toString(), absolute, false, true);
        }
        throw new ValidationException(schema + ": not a schema Siglum reads (.rng, .rnc or .sch)");
    }

    /**
     * The full TEI: {@code tei_all.rng}, looked for in {@code $SIGLUM_TEI_ALL}, then {@code ../shared/tei/tei_all.rng}
     * relative to the working directory, then relative to the installation.
     *
     * @param variable the value of {@link #TEI_ALL_VARIABLE}, or null
     * @param workingDirectory where the user is
     * @param installation where Siglum is installed, or null
     * @throws ValidationException naming every place looked at, when none has it
     */
    public static SchemaChoice teiAll(String variable, Path workingDirectory, Path installation) throws ValidationException {
        List<Path> candidates = new ArrayList<>();
        if (variable != null && !variable.isBlank()) {
            candidates.add(Path.of(variable));
        }
        Path relative = Path.of("..", "shared", "tei", "tei_all.rng");
        if (workingDirectory != null) {
            candidates.add(workingDirectory.resolve(relative).toAbsolutePath().normalize());
        }
        if (installation != null) {
            candidates.add(installation.resolve(relative).toAbsolutePath().normalize());
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                Path absolute = candidate.toAbsolutePath().normalize();
                return new SchemaChoice("tei_all", absolute, true, false);
            }
        }
        List<String> looked = new ArrayList<>();
        for (Path c : candidates) {
            looked.add(c.toString());
        }
        throw new ValidationException("tei_all: tei_all.rng not found; looked in " + (variable == null || variable.isBlank()
                ? "$" + TEI_ALL_VARIABLE + " (not set), " : "") + String.join(", ", looked)
                + " (set " + TEI_ALL_VARIABLE + " or give --schema PATH)");
    }

    /** A short name for messages: {@code siglum}, {@code tei_all}, or the schema's path. */
    public String label() {
        return label;
    }

    /** The schema file, or empty for our own customisation. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** Whether this choice runs a grammar. */
    public boolean grammar() {
        return grammar;
    }

    /** Whether this choice runs Schematron rules. */
    public boolean rules() {
        return rules;
    }

    /** Whether this is our customisation (from the tei-schemas bundle), not a file. */
    public boolean builtin() {
        return path == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchemaChoice c && c.label.equals(label) && Objects.equals(c.path, path) && c.grammar == grammar
                && c.rules == rules;
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, path, grammar, rules);
    }

    @Override
    public String toString() {
        return label;
    }
}
