package org.siglum.ui.workbench.internal;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * The Edit menu's clipboard commands, done to whichever text has the keyboard focus: the source editor, a view's
 * filter field, a combo. In the editor they go through the document like the keys do, so each is one undo step.
 */
public enum TextAction {
    CUT, COPY, PASTE, SELECT_ALL;

    /** Whether the action applies to the control: a text that can take it (cut and paste need an editable one). */
    boolean appliesTo(Control control) {
        if (control == null || control.isDisposed()) {
            return false;
        }
        boolean editable;
        boolean selection;
        if (control instanceof StyledText text) {
            editable = text.getEditable();
            selection = text.getSelectionCount() > 0;
        } else if (control instanceof Text text) {
            editable = text.getEditable();
            selection = text.getSelectionCount() > 0;
        } else if (control instanceof Combo combo) {
            editable = (combo.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0;
            selection = combo.getSelection().y > combo.getSelection().x;
        } else {
            return false;
        }
        return switch (this) {
            case CUT -> editable && selection;
            case COPY -> selection;
            case PASTE -> editable;
            case SELECT_ALL -> true;
        };
    }

    /** Does the action to the control (which {@link #appliesTo} it). */
    void apply(Control control) {
        if (control instanceof StyledText text) {
            switch (this) {
                case CUT -> text.cut();
                case COPY -> text.copy();
                case PASTE -> text.paste();
                case SELECT_ALL -> text.selectAll();
            }
        } else if (control instanceof Text text) {
            switch (this) {
                case CUT -> text.cut();
                case COPY -> text.copy();
                case PASTE -> text.paste();
                case SELECT_ALL -> text.selectAll();
            }
        } else if (control instanceof Combo combo) {
            switch (this) {
                case CUT -> combo.cut();
                case COPY -> combo.copy();
                case PASTE -> combo.paste();
                case SELECT_ALL -> combo.setSelection(new org.eclipse.swt.graphics.Point(0, combo.getText().length()));
            }
        }
    }
}
