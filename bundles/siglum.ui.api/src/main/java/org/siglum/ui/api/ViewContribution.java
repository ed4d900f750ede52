package org.siglum.ui.api;

import org.eclipse.swt.widgets.Composite;

/**
 * A view a bundle adds to the window, registered as a service. While the service is registered the window shows a tab
 * for it at its {@link #placement()}; when it goes (its bundle stopped) the window disposes the part and removes the
 * tab. A view that throws from {@link #createPart} is reported in the status line and left out; the window goes on.
 */
public interface ViewContribution {

    /** A stable id, unique among views (used to keep the layout and to order tabs). */
    String id();

    /** The tab's title. */
    String title();

    ViewPlacement placement();

    /** Position among the views at the same place: lower first. */
    default int order() {
        return 100;
    }

    /**
     * Makes the view's widgets in {@code parent} (which has a FillLayout), wired to the window. Called on the
     * user-interface thread once per window.
     */
    ViewPart createPart(Composite parent, Workbench workbench);
}
