package org.siglum.ui.workbench.internal;

import org.siglum.apparatus.ApparatusEntry;
import org.siglum.ui.workbench.internal.views.ApparatusRows;

/** The apparatus view's cells of an entry, as the view shows them. */
final class WorkbenchViewsTestSupport {

    private WorkbenchViewsTestSupport() {
    }

    static String[] cells(ApparatusEntry entry) {
        String[] cells = new String[ApparatusRows.COLUMNS.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = ApparatusRows.cell(entry, i);
        }
        return cells;
    }
}
