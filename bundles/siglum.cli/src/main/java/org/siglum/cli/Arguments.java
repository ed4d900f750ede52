package org.siglum.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments, split into options and positional arguments. Options are {@code --name} flags or
 * {@code --name VALUE} / {@code --name=VALUE} pairs; {@code --} ends the options. An option the command does not know
 * is a usage error, so a typo never passes silently.
 */
public final class Arguments {
    private final Map<String, List<String>> values;
    private final Set<String> flagsGiven;
    private final List<String> positionals;

    private Arguments(Map<String, List<String>> values, Set<String> flagsGiven, List<String> positionals) {
        this.values = values;
        this.flagsGiven = flagsGiven;
        this.positionals = positionals;
    }

    /**
     * Parses arguments.
     *
     * @param command the command's name, for messages
     * @param arguments what the user typed after the command's name
     * @param flags the options that take no value, e.g. {@code --json}
     * @param valued the options that take a value, e.g. {@code --format}; may repeat
     */
    public static Arguments parse(String command, List<String> arguments, Set<String> flags, Set<String> valued)
            throws CommandException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> given = new java.util.LinkedHashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (flags.contains(name)) {
                if (eq > 0) {
                    throw new CommandException(command + ": option " + name + " takes no value");
                }
                given.add(name);
            } else if (valued.contains(name)) {
                String value;
                if (eq > 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < arguments.size()) {
                    value = arguments.get(++i);
                } else {
                    throw new CommandException(command + ": option " + name + " needs a value");
                }
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new CommandException(command + ": unknown option " + name + " (siglum help " + command + ")");
            }
        }
        return new Arguments(values, Collections.unmodifiableSet(given), Collections.unmodifiableList(positionals));
    }

    /** Whether a flag was given. */
    public boolean flag(String name) {
        return flagsGiven.contains(name);
    }

    /** The last value given for an option. */
    public Optional<String> value(String name) {
        List<String> given = values.get(name);
        return given == null ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /** Every value given for an option, in order; comma-separated values are split. */
    public List<String> values(String name) {
        List<String> result = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }

    /** The arguments that are not options, in order. */
    public List<String> positionals() {
        return positionals;
    }

    /** The value of an option that must be one of {@code allowed}, or {@code fallback} if absent. */
    public String choice(String command, String name, Set<String> allowed, String fallback) throws CommandException {
        String value = value(name).orElse(fallback);
        if (!allowed.contains(value)) {
            throw new CommandException(command + ": " + name + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))
                    + ", not '" + value + "'");
        }
        return value;
    }
}
