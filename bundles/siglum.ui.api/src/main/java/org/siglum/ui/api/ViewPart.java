package org.siglum.ui.api;

import org.eclipse.swt.widgets.Control;

/** One view's widgets in one window, made by {@link ViewContribution#createPart}. */
public interface ViewPart {

    /** The view's top control, a child of the parent it was given. */
    Control control();

    /** Gives the keyboard focus to the view's main widget. */
    default void setFocus() {
        control().setFocus();
    }

    /**
     * Releases what the view holds (listeners on the workbench, fonts, colours). The window disposes {@link #control()}
     * itself afterwards.
     */
    default void dispose() {
    }
}
