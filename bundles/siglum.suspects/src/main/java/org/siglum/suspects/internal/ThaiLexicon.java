package org.siglum.suspects.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.VersionInfo;

/**
 * The Thai words Siglum knows without the edition: Debian's {@code hunspell-th} word list (51,000 words, read with
 * Lucene's pure-Java Hunspell) and ICU4J's own Thai break dictionary (read from the ICU bundle's data with ICU's
 * public {@link BytesTrie}). Either may be missing; {@link #sources()} and {@link #warnings()} say what was read
 * (docs/decisions/0043).
 */
final class ThaiLexicon {

    /** Where Debian, Ubuntu and Fedora put the Hunspell Thai list; {@code SIGLUM_HUNSPELL_TH} overrides. */
    static final List<Path> HUNSPELL_PLACES = List.of(Path.of("/usr/share/hunspell/th_TH.dic"),
            Path.of("/usr/share/myspell/th_TH.dic"), Path.of("/usr/share/myspell/dicts/th_TH.dic"));

    private static final String ICU_THAI_DICT = "/com/ibm/icu/impl/data/icudata/brkitr/thaidict.dict";

    private final Set<String> words;
    private final List<String> sources;
    private final List<String> warnings;

    private ThaiLexicon(Set<String> words, List<String> sources, List<String> warnings) {
        this.words = words;
        this.sources = List.copyOf(sources);
        this.warnings = List.copyOf(warnings);
    }

    /** An empty lexicon with a warning: only the edition's own words are known. */
    static ThaiLexicon empty(String warning) {
        return new ThaiLexicon(Set.of(), List.of(), List.of(warning));
    }

    /** A lexicon of exactly these words (tests and callers with their own list). */
    static ThaiLexicon of(Set<String> words, String source) {
        return new ThaiLexicon(Set.copyOf(words), List.of(source), List.of());
    }

    /** Loads the system's Hunspell Thai list (the first of {@code override}, then {@link #HUNSPELL_PLACES}) and ICU's. */
    static ThaiLexicon load(Path override) {
        Set<String> words = new HashSet<>(120_000);
        List<String> sources = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Path dic = null;
        List<Path> places = new ArrayList<>();
        if (override != null) {
            places.add(override);
        }
        places.addAll(HUNSPELL_PLACES);
        for (Path p : places) {
            if (Files.isRegularFile(p) && Files.isRegularFile(affixFile(p))) {
                dic = p;
                break;
            }
        }
        if (dic == null) {
            warnings.add("no Thai Hunspell word list (install hunspell-th, or set SIGLUM_HUNSPELL_TH to a th_TH.dic):"
                    + " only ICU's Thai dictionary and the edition's own words are known");
        } else {
            try {
                int n = readHunspell(dic, words);
                sources.add("Hunspell " + dic + " (" + n + " words)");
            } catch (IOException | java.text.ParseException | RuntimeException e) {
                warnings.add("could not read " + dic + ": " + e.getMessage() + "; using ICU's Thai dictionary only");
            }
        }
        try {
            int n = readIcu(words);
            sources.add("ICU " + VersionInfo.ICU_VERSION + " Thai dictionary (" + n + " words)");
        } catch (IOException | RuntimeException e) {
            warnings.add("could not read ICU's Thai dictionary: " + e.getMessage());
        }
        return new ThaiLexicon(Collections.unmodifiableSet(words), sources, warnings);
    }

    private static Path affixFile(Path dic) {
        String name = dic.getFileName().toString();
        return dic.resolveSibling(name.substring(0, name.length() - ".dic".length()) + ".aff");
    }

    private static int readHunspell(Path dic, Set<String> into) throws IOException, java.text.ParseException {
        try (InputStream aff = Files.newInputStream(affixFile(dic)); InputStream d = Files.newInputStream(dic)) {
            Dictionary dictionary = new Dictionary(aff, List.of(d), false, SortingStrategy.inMemory());
            int[] n = {0};
            new WordFormGenerator(dictionary).generateAllSimpleWords(w -> {
                if (into.add(w.getWord())) {
                    n[0]++;
                }
            }, () -> { });
            return n[0];
        }
    }

    /** ICU's Thai dictionary: an ICU data header, 8 int indexes, a byte trie over code points offset from U+0E00. */
    private static int readIcu(Set<String> into) throws IOException {
        byte[] data;
        try (InputStream in = VersionInfo.class.getResourceAsStream(ICU_THAI_DICT)) {
            if (in == null) {
                throw new IOException("not in this ICU4J (" + ICU_THAI_DICT + ")");
            }
            data = in.readAllBytes();
        }
        ByteBuffer b = ByteBuffer.wrap(data);
        int headerSize = b.getShort(0) & 0xFFFF;
        b.order(data[8] != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int[] ix = new int[8];
        for (int k = 0; k < 8; k++) {
            ix[k] = b.getInt(headerSize + 4 * k);
        }
        int trieType = ix[4] & 7;
        int transform = ix[5];
        if (trieType != 0 || (transform & 0x7F000000) != 0x01000000) {
            throw new IOException("unexpected dictionary layout (type " + trieType + ", transform " + transform + ")");
        }
        int offset = transform & 0x1FFFFF;
        int start = headerSize + ix[0];
        int end = headerSize + ix[1];
        byte[] trie = java.util.Arrays.copyOfRange(data, start, end);
        int n = 0;
        BytesTrie.Iterator it = new BytesTrie(trie, 0).iterator();
        StringBuilder s = new StringBuilder();
        while (it.hasNext()) {
            BytesTrie.Entry e = it.next();
            s.setLength(0);
            for (int k = 0; k < e.bytesLength(); k++) {
                int v = e.byteAt(k) & 0xFF;
                s.append(v == 0xFF ? '\u200D' : v == 0xFE ? '\u200C' : (char) (offset + v));
            }
            if (into.add(s.toString())) {
                n++;
            }
        }
        return n;
    }

    /** The words indexed for segmenting and for looking up by shape (built once per lexicon). */
    WordIndex index() {
        return WordIndex.of(words);
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    int size() {
        return words.size();
    }

    List<String> sources() {
        return sources;
    }

    List<String> warnings() {
        return warnings;
    }

}
