package org.example.siglum.characters;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.siglum.core.EditionDocument;
import org.siglum.ui.api.ViewPart;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.api.WorkbenchListener;

/**
 * The Characters view's widgets: a summary line and a table (character, code point, count, script, name), kept up to
 * date as the text changes. Double-clicking a row selects the character's next occurrence after the caret.
 */
final class CharactersPart implements ViewPart, WorkbenchListener {

    private final Workbench workbench;
    private final Composite root;
    private final Label summary;
    private final TableViewer viewer;

    CharactersPart(Composite parent, Workbench workbench) {
        this.workbench = workbench;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Char", 50, CharacterInventory.Entry::shown);
        column("Code", 70, CharacterInventory.Entry::hex);
        column("Count", 60, e -> String.valueOf(e.count()));
        column("Script", 80, CharacterInventory.Entry::script);
        column("Name", 260, CharacterInventory.Entry::name);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof CharacterInventory.Entry entry) {
                int at = entry.next(workbench.selection().end());
                int length = workbench.edition().map(d -> d.text().charAt(at) == '&'
                        ? d.text().indexOf(';', at) + 1 - at : Character.charCount(entry.codePoint())).orElse(1);
                workbench.select(at, length);
            }
        });
        workbench.addListener(this);
        show(workbench.edition());
    }

    private void column(String title, int width, Function<CharacterInventory.Entry, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CharacterInventory.Entry) element);
            }
        });
    }

    private void show(Optional<EditionDocument> edition) {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        CharacterInventory inventory = CharacterInventory.of(edition.map(EditionDocument::text).orElse(""));
        summary.setText(edition.isPresent() ? inventory.summary() : "No edition open.");
        viewer.setInput(inventory.entries());
        root.layout(true);
    }

    @Override
    public void editionChanged(Optional<EditionDocument> edition) {
        show(edition);
    }

    @Override
    public void documentChanged(EditionDocument edition) {
        show(Optional.of(edition));
    }

    @Override
    public Control control() {
        return root;
    }

    @Override
    public void dispose() {
        workbench.removeListener(this);
    }
}
