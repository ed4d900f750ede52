package org.siglum.ui.workbench.internal.views;

import org.eclipse.jface.viewers.LabelProvider;
import org.siglum.ui.workbench.internal.outline.Division;

/** A division is shown by its head. */
final class OutlineLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        return element instanceof Division division ? division.label() : super.getText(element);
    }
}
