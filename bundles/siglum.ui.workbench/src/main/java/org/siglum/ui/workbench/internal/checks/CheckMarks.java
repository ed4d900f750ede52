package org.siglum.ui.workbench.internal.checks;

import java.util.ArrayList;
import java.util.List;

import org.siglum.suspects.Suspect;
import org.siglum.ui.editor.Mark;
import org.siglum.validation.Finding;

/** A check's findings and suspects as the editor marks them. */
public final class CheckMarks {

    private CheckMarks() {
    }

    /** The marks of a check of this text: each finding squiggled from its offset, each suspect boxed. */
    public static List<Mark> of(CheckResult result, String text) {
        List<Mark> marks = new ArrayList<>();
        for (Finding finding : result.findings()) {
            int offset = Math.max(0, Math.min(finding.offset(), text.length() - 1));
            marks.add(new Mark(finding.isError() ? Mark.Kind.ERROR : Mark.Kind.WARNING, offset, extent(text, offset),
                    "[" + finding.rule() + "] " + finding.message()));
        }
        for (Suspect suspect : result.suspects()) {
            marks.add(new Mark(Mark.Kind.SUSPECT, suspect.offset(), suspect.length(),
                    "OCR suspect: " + suspect.form()));
        }
        return marks;
    }

    /** How much to underline from an offset: a whole tag, else a word, at least one character. */
    public static int extent(String text, int offset) {
        if (text.isEmpty() || offset >= text.length()) {
            return 0;
        }
        int end = offset;
        if (text.charAt(offset) == '<') {
            int close = text.indexOf('>', offset);
            end = close < 0 ? text.length() : close + 1;
        } else {
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '<'
                    && end - offset < 80) {
                end++;
            }
        }
        return Math.max(1, end - offset);
    }
}
