package org.siglum.product.tests.broken;

import org.eclipse.swt.widgets.Composite;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.ViewPlacement;
import org.siglum.ui.api.Workbench;

/**
 * A view that fails while making its part. WorkbenchContributionsIT packs this class alone into a bundle with a DS
 * component description and installs it into the running workbench; it is never loaded by the test itself.
 */
public final class BrokenView implements ViewContribution {

    @Override
    public String id() {
        return "test.broken";
    }

    @Override
    public String title() {
        return "Broken";
    }

    @Override
    public ViewPlacement placement() {
        return ViewPlacement.BOTTOM;
    }

    @Override
    public ViewPart createPart(Composite parent, Workbench workbench) {
        throw new IllegalStateException("this view is broken on purpose");
    }
}
