package org.siglum.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.siglum.core.TextReplacement;
import org.siglum.thai.find.FindQuery;
import org.siglum.thai.find.Match;
import org.siglum.thai.find.TextFinder;

/**
 * Find and replace (Ctrl+F), modeless. The matching is {@link TextFinder}'s: plain, case-insensitive, whole words by
 * ICU's Thai word breaks, and across markup. Replace all is one undoable edit; a match that crosses markup is found
 * but never replaced (replacing it would move or drop the markup inside it). docs/decisions/0028.
 */
public final class FindReplaceDialog extends Dialog {

    static final int FIND_NEXT = IDialogConstants.CLIENT_ID + 1;
    static final int FIND_PREVIOUS = IDialogConstants.CLIENT_ID + 2;
    static final int REPLACE = IDialogConstants.CLIENT_ID + 3;
    static final int REPLACE_ALL = IDialogConstants.CLIENT_ID + 4;

    private final FindTarget target;
    private Text find;
    private Text replace;
    private Button caseSensitive;
    private Button wholeWord;
    private Button ignoreMarkup;
    private Button wrap;
    private Label status;
    /** The last match shown, and the text it was found in. */
    private Match current;
    private String currentText;

    public FindReplaceDialog(Shell parent, FindTarget target) {
        super(parent);
        this.target = target;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Find/Replace");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("&Find:");
        find = new Text(area, SWT.BORDER | SWT.SINGLE);
        find.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        find.addModifyListener(e -> current = null);
        new Label(area, SWT.NONE).setText("Replace &with:");
        replace = new Text(area, SWT.BORDER | SWT.SINGLE);
        replace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite options = new Composite(area, SWT.NONE);
        options.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        options.setLayout(new GridLayout(2, true));
        caseSensitive = check(options, "&Case sensitive", false);
        wholeWord = check(options, "Whole &words (Thai by dictionary)", false);
        ignoreMarkup = check(options, "&Ignore markup and readings", false);
        wrap = check(options, "Wra&p around", true);
        status = new Label(area, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        String selected = selectedText();
        if (selected != null && !selected.isEmpty() && selected.indexOf('\n') < 0) {
            find.setText(selected);
        }
        return area;
    }

    private static Button check(Composite parent, String label, boolean selected) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(label);
        button.setSelection(selected);
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, FIND_NEXT, "Find &next", true);
        createButton(parent, FIND_PREVIOUS, "Find pre&vious", false);
        createButton(parent, REPLACE, "&Replace", false);
        createButton(parent, REPLACE_ALL, "Replace &all", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int id) {
        switch (id) {
            case FIND_NEXT -> findNext();
            case FIND_PREVIOUS -> findPrevious();
            case REPLACE -> replace();
            case REPLACE_ALL -> replaceAll();
            default -> close();
        }
    }

    /** Selects the next match after the selection; false if there is none. */
    public boolean findNext() {
        return find(true);
    }

    /** Selects the match before the selection; false if there is none. */
    public boolean findPrevious() {
        return find(false);
    }

    private boolean find(boolean forward) {
        FindQuery query = query();
        String text = target.text();
        if (query == null || text == null) {
            return false;
        }
        int from = forward ? target.selectionStart() + target.selectionLength() : target.selectionStart();
        if (forward && current != null && text.equals(currentText)) {
            from = Math.max(from, current.end()); // the selection may have grown to whole clusters
        }
        Optional<Match> match = TextFinder.find(text, query, from, forward, wrap.getSelection());
        if (match.isEmpty()) {
            current = null;
            setStatus("Not found: " + query.text());
            return false;
        }
        current = match.get();
        currentText = text;
        target.select(current.start(), current.length());
        setStatus(current.crossesMarkup() ? "Found across markup (it will not be replaced)" : "");
        return true;
    }

    /** Replaces the match found last (if the text has not changed since) and finds the next; false if none was. */
    public boolean replace() {
        String text = target.text();
        if (current == null || text == null || !text.equals(currentText)) {
            return findNext();
        }
        if (current.crossesMarkup()) {
            setStatus("Not replaced: the match crosses markup");
            return false;
        }
        Match replaced = current;
        target.apply("Replace", List.of(new TextReplacement(replaced.start(), replaced.length(), replace.getText())));
        target.select(replaced.start() + replace.getText().length(), 0);
        current = null;
        findNext();
        return true;
    }

    /** Replaces every match that does not cross markup, as one undoable edit; returns how many were replaced. */
    public int replaceAll() {
        FindQuery query = query();
        String text = target.text();
        if (query == null || text == null) {
            return 0;
        }
        List<TextReplacement> replacements = new ArrayList<>();
        int across = 0;
        for (Match m : TextFinder.findAll(text, query)) {
            if (m.crossesMarkup()) {
                across++;
            } else {
                replacements.add(new TextReplacement(m.start(), m.length(), replace.getText()));
            }
        }
        target.apply("Replace all", replacements);
        current = null;
        setStatus(replacements.size() + " replaced" + (across == 0 ? "" : "; " + across + " across markup not replaced"));
        return replacements.size();
    }

    private FindQuery query() {
        if (find == null || find.getText().isEmpty()) {
            setStatus("Type what to find.");
            return null;
        }
        return new FindQuery(find.getText(), caseSensitive.getSelection(), wholeWord.getSelection(),
                ignoreMarkup.getSelection());
    }

    private String selectedText() {
        String text = target.text();
        if (text == null || target.selectionLength() == 0) {
            return null;
        }
        return text.substring(target.selectionStart(), target.selectionStart() + target.selectionLength());
    }

    private void setStatus(String message) {
        if (status != null && !status.isDisposed()) {
            status.setText(message);
            status.getParent().layout();
        }
    }

    // --- the widgets, for tests --------------------------------------------------------------------------------

    Text findField() {
        return find;
    }

    Text replaceField() {
        return replace;
    }

    Button caseSensitiveBox() {
        return caseSensitive;
    }

    Button wholeWordBox() {
        return wholeWord;
    }

    Button ignoreMarkupBox() {
        return ignoreMarkup;
    }

    Button wrapBox() {
        return wrap;
    }

    String status() {
        return status.getText();
    }
}
