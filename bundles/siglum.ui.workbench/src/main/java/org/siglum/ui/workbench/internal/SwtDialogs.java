package org.siglum.ui.workbench.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** {@link Dialogs} with SWT and JFace dialogs over the main window. */
public final class SwtDialogs implements Dialogs {

    private static final String[] EXTENSIONS = {"*.xml", "*.*"};
    private static final String[] NAMES = {"TEI-XML editions (*.xml)", "All files"};

    private final Shell shell;

    public SwtDialogs(Shell shell) {
        this.shell = shell;
    }

    @Override
    public SaveChoice askToSaveChanges(String fileName) {
        MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
                "Save the changes to " + fileName + "?", MessageDialog.QUESTION,
                new String[] {"Save", "Don't Save", "Cancel"}, 0);
        return switch (dialog.open()) {
            case 0 -> SaveChoice.SAVE;
            case 1 -> SaveChoice.DISCARD;
            default -> SaveChoice.CANCEL;
        };
    }

    @Override
    public void showError(String title, String message) {
        MessageDialog.openError(shell, title, message);
    }

    @Override
    public Path chooseFileToOpen(Path near) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        return choose(dialog, near);
    }

    @Override
    public Path chooseFileToSave(Path near) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setOverwrite(true);
        return choose(dialog, near);
    }

    private static Path choose(FileDialog dialog, Path near) {
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(NAMES);
        if (near != null && near.getParent() != null) {
            dialog.setFilterPath(near.getParent().toString());
            dialog.setFileName(near.getFileName().toString());
        }
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    @Override
    public void showAbout() {
        MessageDialog.openInformation(shell, "About Siglum",
                "Siglum " + WorkbenchApplication.version()
                        + "\nA workbench for critical editions in TEI-XML, with Thai from OCR to print.");
    }

    @Override
    public void showGuide(String title, String text) {
        Shell guide = new Shell(shell, SWT.DIALOG_TRIM | SWT.RESIZE);
        guide.setText(title);
        guide.setLayout(new FillLayout());
        StyledText body = new StyledText(guide, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        body.setText(text);
        body.setMargins(12, 12, 12, 12);
        Font font = new Font(guide.getDisplay(), new FontData("DejaVu Sans Mono,Loma,Monospace", 10, SWT.NORMAL));
        body.setFont(font);
        guide.addDisposeListener(event -> font.dispose());
        guide.setSize(820, 640);
        guide.open();
    }
}
