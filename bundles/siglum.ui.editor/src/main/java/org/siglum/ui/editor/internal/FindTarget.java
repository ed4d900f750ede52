package org.siglum.ui.editor.internal;

import java.util.List;

import org.siglum.core.TextReplacement;

/** What the find dialog works on: the open edition's text and the editor's selection. */
public interface FindTarget {

    /** The text now, or null when no edition is open. */
    String text();

    /** The selection's start offset. */
    int selectionStart();

    /** The selection's length. */
    int selectionLength();

    /** Selects the range in the editor and shows it. */
    void select(int start, int length);

    /** Applies the replacements as one undoable edit ({@code EditionDocument.apply}). */
    void apply(String label, List<TextReplacement> replacements);
}
