package org.siglum.collation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.siglum.collation.Collation;
import org.siglum.collation.CollationOptions;
import org.siglum.collation.Collator;
import org.siglum.collation.Reading;
import org.siglum.collation.VariantPlace;
import org.siglum.collation.Witness;
import org.siglum.thai.Token;
import org.siglum.thai.Tokens;

/**
 * Collates each witness against the base text token by token (ICU words, white space dropped), refines each changed
 * region so that one changed word is one variant, and merges the witnesses' variants into places
 * (docs/decisions/0012).
 */
@Component(service = Collator.class)
public final class ThaiCollator implements Collator {

    /** One witness's tokens and their comparison symbols. */
    record Tokenised(Witness witness, List<Token> tokens, List<String> keys) {
    }

    /** A difference of one witness from the base: base tokens [i1, i2) read as witness tokens [j1, j2). */
    record Variant(int i1, int i2, int j1, int j2) {
        boolean isInsertion() {
            return i1 == i2;
        }
    }

    @Override
    public Collation collate(List<Witness> witnesses, CollationOptions options) {
        if (witnesses.size() < 2) {
            throw new IllegalArgumentException("collation needs at least two witnesses, not " + witnesses.size());
        }
        Set<String> ids = new HashSet<>();
        for (Witness w : witnesses) {
            if (!ids.add(w.id())) {
                throw new IllegalArgumentException("two witnesses are called " + w.id());
            }
        }
        String language = options == null || options.language() == null ? "th" : options.language();
        Map<String, Integer> symbols = new HashMap<>();
        List<Tokenised> all = new ArrayList<>();
        for (Witness w : witnesses) {
            all.add(tokenise(w, language));
        }
        Tokenised base = all.get(0);
        int[] baseSymbols = symbols(base.keys(), symbols);
        List<int[]> matches = new ArrayList<>();
        List<List<Variant>> variants = new ArrayList<>();
        for (int w = 1; w < all.size(); w++) {
            Tokenised other = all.get(w);
            int[] match = Myers.match(baseSymbols, symbols(other.keys(), symbols));
            matches.add(match);
            variants.add(Refiner.variants(base, other, match));
        }
        return new Collation(witnesses, places(all, matches, variants));
    }

    private static Tokenised tokenise(Witness w, String language) {
        List<Token> tokens = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Token t : Tokens.words(w.text(), language)) {
            String key = VariantPlace.normalise(t.text());
            if (!key.isEmpty()) {
                tokens.add(t);
                keys.add(key);
            }
        }
        return new Tokenised(w, tokens, keys);
    }

    private static int[] symbols(List<String> keys, Map<String, Integer> table) {
        int[] result = new int[keys.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = table.computeIfAbsent(keys.get(i), k -> table.size());
        }
        return result;
    }

    /** An interval on a line where base token i is the point 2i+1 and the gap before it the point 2i. */
    private record Span(int from, int to, int witness, Variant variant) {
    }

    private static List<VariantPlace> places(List<Tokenised> all, List<int[]> matches, List<List<Variant>> variants) {
        List<Span> spans = new ArrayList<>();
        for (int w = 0; w < variants.size(); w++) {
            for (Variant v : variants.get(w)) {
                spans.add(v.isInsertion() ? new Span(2 * v.i1(), 2 * v.i1(), w, v)
                        : new Span(2 * v.i1() + 1, 2 * v.i2() - 1, w, v));
            }
        }
        spans.sort(Comparator.comparingInt(Span::from).thenComparingInt(Span::to));
        List<VariantPlace> places = new ArrayList<>();
        int k = 0;
        while (k < spans.size()) {
            int to = spans.get(k).to();
            int end = k + 1;
            while (end < spans.size() && spans.get(end).from() <= to) {
                to = Math.max(to, spans.get(end).to());
                end++;
            }
            VariantPlace place = place(all, matches, spans.subList(k, end));
            if (place != null) {
                places.add(place);
            }
            k = end;
        }
        return places;
    }

    private static VariantPlace place(List<Tokenised> all, List<int[]> matches, List<Span> group) {
        int i1 = Integer.MAX_VALUE;
        int i2 = Integer.MIN_VALUE;
        for (Span s : group) {
            i1 = Math.min(i1, s.variant().i1());
            i2 = Math.max(i2, s.variant().i2());
        }
        Tokenised base = all.get(0);
        List<Reading> readings = new ArrayList<>();
        readings.add(reading(base, i1, i2));
        for (int w = 1; w < all.size(); w++) {
            Variant own = null;
            Variant last = null;
            for (Span s : group) {
                if (s.witness() == w - 1) {
                    if (own == null) {
                        own = s.variant();
                    }
                    last = s.variant();
                }
            }
            int[] match = matches.get(w - 1);
            int j1;
            int j2;
            if (i1 == i2) {
                j1 = own != null ? own.j1() : after(match, i1);
                j2 = own != null ? own.j2() : j1;
            } else {
                j1 = match[i1] >= 0 ? match[i1] : own.j1();
                j2 = match[i2 - 1] >= 0 ? match[i2 - 1] + 1 : last.j2();
            }
            readings.add(reading(all.get(w), j1, j2));
        }
        String lemma = VariantPlace.normalise(readings.get(0).text());
        boolean differs = readings.stream().anyMatch(r -> !VariantPlace.normalise(r.text()).equals(lemma));
        return differs ? new VariantPlace(readings) : null;
    }

    /** The witness token after the last one matched before base token i. */
    private static int after(int[] match, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (match[k] >= 0) {
                return match[k] + 1;
            }
        }
        return 0;
    }

    private static Reading reading(Tokenised t, int from, int to) {
        String text = t.witness().text();
        if (from >= to) {
            int at = from > 0 && from <= t.tokens().size() ? t.tokens().get(from - 1).end() : 0;
            return new Reading(t.witness().id(), at, at, "");
        }
        int start = t.tokens().get(from).start();
        int end = t.tokens().get(to - 1).end();
        return new Reading(t.witness().id(), start, end, text.substring(start, end));
    }
}
