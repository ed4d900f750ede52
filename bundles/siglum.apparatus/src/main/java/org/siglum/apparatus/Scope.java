package org.siglum.apparatus;

import java.util.Locale;
import java.util.Objects;

/**
 * Where to look for occurrences: the whole base text, or a part of it. Written on the command line as
 * {@code lines:FROM-TO} (source lines, inclusive), {@code div:NAME} (the division whose {@code xml:id} or {@code @n}
 * is NAME, or the NAME-th {@code div} in document order, nested ones counted), {@code near:TEXT} (only where the context
 * an occurrence shows, 24 characters either side within its paragraph, contains TEXT), or {@code offsets:START-END} (document offsets, END
 * exclusive).
 *
 * @param kind what the scope is
 * @param from first line or offset (LINES, OFFSETS)
 * @param to last line (inclusive) or end offset (exclusive)
 * @param name the division's name or number (DIVISION), or the text to be near (NEAR)
 */
public record Scope(Kind kind, int from, int to, String name) {

    /** The kinds of scope. */
    public enum Kind {
        EVERYWHERE, LINES, OFFSETS, DIVISION, NEAR
    }

    public Scope {
        Objects.requireNonNull(kind, "kind");
    }

    public static Scope everywhere() {
        return new Scope(Kind.EVERYWHERE, 0, Integer.MAX_VALUE, null);
    }

    public static Scope lines(int from, int to) {
        return new Scope(Kind.LINES, from, to, null);
    }

    public static Scope offsets(int start, int end) {
        return new Scope(Kind.OFFSETS, start, end, null);
    }

    public static Scope division(String name) {
        return new Scope(Kind.DIVISION, 0, 0, Objects.requireNonNull(name));
    }

    public static Scope near(String text) {
        return new Scope(Kind.NEAR, 0, 0, Objects.requireNonNull(text));
    }

    /**
     * Reads a scope as the command line writes it ({@code lines:10-200}, {@code div:2}, {@code near:TEXT},
     * {@code offsets:100-900}).
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static Scope parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + spec + "' is not a scope: write lines:FROM-TO, div:NAME, "
                    + "near:TEXT or offsets:START-END");
        }
        String kind = spec.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = spec.substring(colon + 1);
        switch (kind) {
            case "lines":
            case "offsets": {
                String[] parts = value.strip().split("-", -1);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("'" + spec + "': write " + kind + ":FROM-TO");
                }
                int a;
                int b;
                try {
                    a = Integer.parseInt(parts[0].strip());
                    b = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + spec + "': FROM and TO must be numbers");
                }
                if (a < 0 || b < a) {
                    throw new IllegalArgumentException("'" + spec + "': FROM must not be after TO");
                }
                return kind.equals("lines") ? lines(a, b) : offsets(a, b);
            }
            case "div":
                if (value.isBlank()) {
                    throw new IllegalArgumentException("'" + spec + "': name the division (div:ID, div:N)");
                }
                return division(value.strip());
            case "near":
                if (value.isBlank()) {
                    throw new IllegalArgumentException("'" + spec + "': give the text to be near (near:TEXT)");
                }
                return near(value.strip());
            default:
                throw new IllegalArgumentException("'" + kind + "' is not a kind of scope: write lines:FROM-TO, "
                        + "div:NAME, near:TEXT or offsets:START-END");
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EVERYWHERE -> "everywhere";
            case LINES -> "lines:" + from + "-" + to;
            case OFFSETS -> "offsets:" + from + "-" + to;
            case DIVISION -> "div:" + name;
            case NEAR -> "near:" + name;
        };
    }
}
