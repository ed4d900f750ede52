package org.siglum.ui.apparatus.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.siglum.apparatus.Correction;
import org.siglum.apparatus.Occurrence;

/**
 * What the "This correction everywhere" dialog shows and lets the scholar choose: the occurrences of a form with a
 * tick each (those that can carry an entry ticked at first, the others never), and the correction. No widgets, so it
 * is tested without a window.
 */
final class SeriesModel {

    static final String[] COLUMNS = {"", "Line", "In context", "Cannot be recorded, because"};

    private final List<Occurrence> occurrences;
    private final Set<Occurrence> ticked = new LinkedHashSet<>();
    private Correction correction;

    SeriesModel(List<Occurrence> occurrences, Correction correction) {
        this.occurrences = List.copyOf(occurrences);
        this.correction = correction;
        occurrences.stream().filter(Occurrence::recordable).forEach(ticked::add);
    }

    List<Occurrence> occurrences() {
        return occurrences;
    }

    Correction correction() {
        return correction;
    }

    void correction(Correction c) {
        correction = c;
    }

    /** Ticks or unticks an occurrence; one that cannot carry an entry stays unticked. Whether it is ticked now. */
    boolean tick(Occurrence o, boolean on) {
        if (on && o.recordable()) {
            ticked.add(o);
        } else {
            ticked.remove(o);
        }
        return ticked.contains(o);
    }

    void tickAll(boolean on) {
        for (Occurrence o : occurrences) {
            tick(o, on);
        }
    }

    boolean ticked(Occurrence o) {
        return ticked.contains(o);
    }

    /** The ticked occurrences in document order. */
    List<Occurrence> chosen() {
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (ticked.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Why the series cannot be recorded as it stands, or null. */
    String problem() {
        if (correction.problem() != null) {
            return correction.problem();
        }
        return ticked.isEmpty() ? "tick the places to correct" : null;
    }

    /** "Correct "X" in 5 of its 6 places:" */
    String heading() {
        int n = occurrences.size();
        return "\"" + correction.form() + "\" stands in " + n + (n == 1 ? " place" : " places")
                + " of the base text; " + ticked.size() + " ticked, to be recorded as one change (one undo).";
    }

    /** What will happen, in one line. */
    String summary() {
        String problem = problem();
        if (problem != null) {
            return "Nothing will change: " + problem + ".";
        }
        String one = correction.summary();
        return (ticked.size() == 1 ? "In 1 place: " : "In each of " + ticked.size() + " places: ") + one;
    }

    /** The OK button's label. */
    String okLabel() {
        return ticked.isEmpty() ? "Record" : "Record " + ticked.size();
    }

    static String cell(Occurrence o, int column) {
        return switch (column) {
            case 1 -> o.line() + ":" + o.column();
            case 2 -> o.inContext();
            case 3 -> o.whyNot().orElse("");
            default -> "";
        };
    }
}
