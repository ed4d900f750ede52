package org.siglum.ui.notes.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.siglum.citations.BibEntry;

/** Edit entry: the main fields of a bibliography entry ({@link EntryFields}); the others are kept as they are. */
final class EntryDialog extends Dialog {

    private final BibEntry entry;
    private Combo type;
    private Text authors;
    private Text title;
    private Text year;
    private Text publisher;
    private Text place;
    private Text container;
    private Text pages;
    private BibEntry result;

    EntryDialog(Shell parent, BibEntry entry) {
        super(parent);
        this.entry = entry;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Edit entry " + entry.id());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        EntryFields f = EntryFields.of(entry);
        new Label(area, SWT.NONE).setText("Type:");
        type = new Combo(area, SWT.DROP_DOWN);
        type.setItems(EntryFields.TYPES.toArray(String[]::new));
        type.setText(f.type() == null ? "" : f.type());
        Label names = new Label(area, SWT.NONE);
        names.setText("Authors:\n(one a line:\nFamily, Given)");
        names.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        authors = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData tall = new GridData(SWT.FILL, SWT.FILL, true, false);
        tall.heightHint = 60;
        tall.widthHint = 420;
        authors.setLayoutData(tall);
        authors.setText(f.authors());
        title = field(area, "Title:", f.title());
        year = field(area, "Year:", f.year());
        publisher = field(area, "Publisher:", f.publisher());
        place = field(area, "Place:", f.place());
        container = field(area, "In (book, journal):", f.container());
        pages = field(area, "Pages:", f.pages());
        return area;
    }

    private static Text field(Composite area, String label, String value) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setText(value);
        return text;
    }

    @Override
    protected void okPressed() {
        result = new EntryFields(type.getText(), authors.getText(), title.getText(), year.getText(),
                publisher.getText(), place.getText(), container.getText(), pages.getText()).applyTo(entry);
        super.okPressed();
    }

    BibEntry result() {
        return result;
    }
}
