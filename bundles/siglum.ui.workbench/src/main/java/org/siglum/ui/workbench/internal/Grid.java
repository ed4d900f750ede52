package org.siglum.ui.workbench.internal;

import org.eclipse.swt.layout.GridLayout;

/** The window's grid: the shell's rows and the status line's cells are spaced alike. */
final class Grid {

    private Grid() {
    }

    static GridLayout layout(int columns, int margin) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 2;
        return layout;
    }
}
