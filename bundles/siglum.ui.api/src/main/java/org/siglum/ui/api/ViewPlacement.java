package org.siglum.ui.api;

/** Where a view goes around the editor, as in an Eclipse perspective. Views at one place share a tab folder. */
public enum ViewPlacement {
    /** Left of the editor (the outline's place). */
    LEFT,
    /** Under the editor (the apparatus, problems). */
    BOTTOM,
    /** Right of the editor (notes, sources). */
    RIGHT
}
