package org.siglum.ui.workbench.internal.views;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.siglum.ui.workbench.internal.outline.Division;

/** The outline's tree: the input is the list of top-level divisions, each division's children are its subdivisions. */
final class OutlineContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> list ? list.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object element) {
        return element instanceof Division division ? division.children().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Division division && !division.children().isEmpty();
    }
}
