package org.siglum.export.pdf.internal;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which family of a chain has a glyph for a character, read from the font files (the JDK's font reader, headless).
 * Fonts are read only when a character needs them, and answers are kept.
 */
final class FontCoverage {

    /** A chain with no fonts to read: every character is the first family's (the tests' default design). */
    static final FontCoverage NONE = new FontCoverage(Map.of());

    private final List<String> families;
    private final Map<String, Path> files;
    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<Integer, Integer> familyOf = new HashMap<>();

    FontCoverage(Map<String, Path> regularFaces) {
        this.files = new LinkedHashMap<>(regularFaces);
        this.families = new ArrayList<>(regularFaces.keySet());
    }

    /** The index in the chain of the first family with a glyph for {@code c}, or -1. */
    synchronized int familyOf(int c) {
        return familyOf.computeIfAbsent(c, k -> {
            for (int i = 0; i < families.size(); i++) {
                if (has(i, k)) {
                    return i;
                }
            }
            return -1;
        });
    }

    /** Whether the family at {@code index} of the chain has a glyph for {@code c}. */
    synchronized boolean has(int index, int c) {
        if (index < 0 || index >= families.size()) {
            return false;
        }
        Font font = fonts.computeIfAbsent(families.get(index), f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, files.get(f).toFile());
            } catch (java.awt.FontFormatException | IOException e) {
                return null;
            }
        });
        return font != null && font.canDisplay(c);
    }

    /** The name of the family at {@code index} of the chain. */
    String family(int index) {
        return families.get(index);
    }

    boolean isEmpty() {
        return families.isEmpty();
    }

    /**
     * The chain cut to the families a text needs: the first (main) one, and every family that is the first of the chain
     * to have one of the text's characters, in the chain's order. FOP looks a font up along the whole chain for every
     * block and word (a third of the page fitting's time went to font lookups with the thirty families of every
     * script); the families no character of the edition needs change nothing in how it is set ({@link ScriptRuns}
     * splits a word where its first families change). {@code fallback} is the whole chain, for a coverage without
     * fonts.
     */
    String chainFor(java.util.stream.IntStream codePoints, String fallback) {
        if (families.isEmpty()) {
            return fallback;
        }
        java.util.BitSet needed = new java.util.BitSet(families.size());
        needed.set(0);
        codePoints.distinct().forEach(c -> {
            int family = familyOf(c);
            if (family >= 0) {
                needed.set(family);
            }
        });
        StringBuilder chain = new StringBuilder();
        needed.stream().forEach(i -> chain.append(chain.length() == 0 ? "" : ",").append(families.get(i)));
        return chain.toString();
    }
}
