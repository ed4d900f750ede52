package org.siglum.validation.internal.assist;

import java.util.Set;
import java.util.TreeSet;

/**
 * A RELAX NG content model reduced to what matters for children: element names, sequence, choice, interleave,
 * repetition. Text, data and attributes are {@link Empty} (always allowed, never required), so the derivatives below
 * are over the child elements alone (James Clark's derivative algorithm, without attributes and text).
 */
sealed interface Pattern {

    record Empty() implements Pattern {
    }

    record NotAllowed() implements Pattern {
    }

    record Element(String name) implements Pattern {
    }

    record Choice(Pattern a, Pattern b) implements Pattern {
    }

    record Group(Pattern a, Pattern b) implements Pattern {
    }

    record Interleave(Pattern a, Pattern b) implements Pattern {
    }

    record OneOrMore(Pattern p) implements Pattern {
    }

    Pattern EMPTY = new Empty();
    Pattern NOT_ALLOWED = new NotAllowed();

    static Pattern choice(Pattern a, Pattern b) {
        if (a instanceof NotAllowed) {
            return b;
        }
        if (b instanceof NotAllowed || a.equals(b)) {
            return a;
        }
        return new Choice(a, b);
    }

    static Pattern group(Pattern a, Pattern b) {
        if (a instanceof NotAllowed || b instanceof NotAllowed) {
            return NOT_ALLOWED;
        }
        if (a instanceof Empty) {
            return b;
        }
        if (b instanceof Empty) {
            return a;
        }
        return new Group(a, b);
    }

    static Pattern interleave(Pattern a, Pattern b) {
        if (a instanceof NotAllowed || b instanceof NotAllowed) {
            return NOT_ALLOWED;
        }
        if (a instanceof Empty) {
            return b;
        }
        if (b instanceof Empty) {
            return a;
        }
        return new Interleave(a, b);
    }

    static Pattern oneOrMore(Pattern p) {
        if (p instanceof NotAllowed || p instanceof Empty) {
            return p;
        }
        return new OneOrMore(p);
    }

    static boolean nullable(Pattern p) {
        if (p instanceof Empty) {
            return true;
        }
        if (p instanceof Choice c) {
            return nullable(c.a()) || nullable(c.b());
        }
        if (p instanceof Group g) {
            return nullable(g.a()) && nullable(g.b());
        }
        if (p instanceof Interleave i) {
            return nullable(i.a()) && nullable(i.b());
        }
        if (p instanceof OneOrMore o) {
            return nullable(o.p());
        }
        return false; // NotAllowed, Element
    }

    /** What remains of the pattern after a child element of that name. */
    static Pattern derive(Pattern p, String name) {
        if (p instanceof Element e) {
            return e.name().equals(name) ? EMPTY : NOT_ALLOWED;
        }
        if (p instanceof Choice c) {
            return choice(derive(c.a(), name), derive(c.b(), name));
        }
        if (p instanceof Group g) {
            Pattern first = group(derive(g.a(), name), g.b());
            return nullable(g.a()) ? choice(first, derive(g.b(), name)) : first;
        }
        if (p instanceof Interleave i) {
            return choice(interleave(derive(i.a(), name), i.b()), interleave(i.a(), derive(i.b(), name)));
        }
        if (p instanceof OneOrMore o) {
            return group(derive(o.p(), name), choice(o, EMPTY));
        }
        return NOT_ALLOWED; // Empty, NotAllowed
    }

    /** The element names that may come first. */
    static Set<String> first(Pattern p) {
        Set<String> names = new TreeSet<>();
        collect(p, names, true);
        return names;
    }

    /** Every element name anywhere in the pattern. */
    static Set<String> names(Pattern p) {
        Set<String> names = new TreeSet<>();
        collect(p, names, false);
        return names;
    }

    private static void collect(Pattern p, Set<String> names, boolean firstOnly) {
        if (p instanceof Element e) {
            names.add(e.name());
        } else if (p instanceof Choice c) {
            collect(c.a(), names, firstOnly);
            collect(c.b(), names, firstOnly);
        } else if (p instanceof Group g) {
            collect(g.a(), names, firstOnly);
            if (!firstOnly || nullable(g.a())) {
                collect(g.b(), names, firstOnly);
            }
        } else if (p instanceof Interleave i) {
            collect(i.a(), names, firstOnly);
            collect(i.b(), names, firstOnly);
        } else if (p instanceof OneOrMore o) {
            collect(o.p(), names, firstOnly);
        }
    }
}
