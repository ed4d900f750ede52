package org.siglum.ui.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.siglum.ui.api.testing.Ui.press;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siglum.plugins.Offer;
import org.siglum.plugins.PluginInfo;
import org.siglum.ui.api.testing.TestWorkbench;

/** Help › Plugins… in a real (test) window, its dialog driven through its widgets. */
class PluginsDialogTest {

    @TempDir
    Path dir;

    private TestWorkbench workbench;
    private ShelfOfPlugins shelf;
    private PluginsHandler handler;
    private final List<Path> chosen = new ArrayList<>();

    @BeforeEach
    void aWindowWithTheCommand() {
        workbench = new TestWorkbench();
        shelf = new ShelfOfPlugins(dir.resolve("plugins"))
                .add("siglum.export.html", false, "", new Offer("format", "html", 0))
                .add("siglum.export.text", false, "", new Offer("format", "text", 0))
                .add("siglum.ui.apparatus", false, "", new Offer("view", "apparatus", 0))
                .add("org.example.old", true, "it needs package org.siglum.export version [2.0.0,3.0.0)");
        handler = new PluginsHandler();
        handler.plugins = shelf;
        handler.chooser = parent -> chosen.isEmpty() ? null : chosen.remove(0);
        workbench.handle(PluginsHandler.ID, handler);
        workbench.shell().open();
    }

    @AfterEach
    void close() {
        PluginsDialog dialog = handler.dialog();
        if (dialog != null) {
            dialog.close();
        }
        workbench.close();
    }

    private PluginsDialog open() {
        assertThat(workbench.execute(PluginsHandler.ID)).as("Help › Plugins ran").isTrue();
        workbench.flush();
        PluginsDialog dialog = handler.dialog();
        assertThat(dialog).as("the dialog is open").isNotNull();
        return dialog;
    }

    private static List<String> column(PluginsDialog dialog, int column) {
        Table table = dialog.viewer().getTable();
        List<String> cells = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            cells.add(item.getText(column));
        }
        return cells;
    }

    private void select(PluginsDialog dialog, String name) {
        PluginInfo row = shelf.find(name).orElseThrow();
        dialog.viewer().setSelection(new StructuredSelection(row), true);
        workbench.flush();
    }

    @Test
    void theCommandIsInTheHelpMenuAndTheDialogListsEveryBundleWithWhatItOffers() {
        assertThat(PluginsHandler.COMMAND.menu()).contains("Help");
        PluginsDialog dialog = open();
        assertThat(dialog.getShell().getText()).isEqualTo("Plugins");
        assertThat(column(dialog, 0)).containsExactly("org.example.old", "siglum.export.html", "siglum.export.text",
                "siglum.ui.apparatus");
        assertThat(column(dialog, 2)).containsExactly("does not resolve", "active", "active", "active");
        assertThat(column(dialog, 3)).containsExactly("plugin", "built-in", "built-in", "built-in");
        assertThat(column(dialog, 4)).containsExactly("", "format html", "format text", "view apparatus");
        assertThat(dialog.message()).startsWith("3 built-in bundles, 1 plugin, 1 does not run. Plugins folder: ");

        select(dialog, "org.example.old");
        assertThat(dialog.details().getText()).contains("Problem: it needs package org.siglum.export version [2.0.0,3.0.0)");
        assertThat(dialog.getButton(PluginsDialog.REMOVE_ID).isEnabled()).isTrue();
        select(dialog, "siglum.export.html");
        assertThat(dialog.getButton(PluginsDialog.REMOVE_ID).isEnabled()).as("a built-in bundle is not removed").isFalse();
        assertThat(dialog.details().getText()).isEqualTo("siglum.export.html 1.0.0, built-in, active\nIt offers:\n  format html");

        assertThat(workbench.execute(PluginsHandler.ID)).isTrue();
        assertThat(handler.dialog()).as("a second Help › Plugins brings the same dialog forward").isSameAs(dialog);
    }

    @Test
    void disableAndEnableThroughTheButtonChangeTheRowAndTheButton() {
        PluginsDialog dialog = open();
        select(dialog, "siglum.export.text");
        assertThat(dialog.getButton(PluginsDialog.TOGGLE_ID).getText()).isEqualTo("&Disable");
        press(dialog.getButton(PluginsDialog.TOGGLE_ID));
        workbench.flush();
        assertThat(shelf.calls).containsExactly("disable siglum.export.text");
        assertThat(column(dialog, 2).get(column(dialog, 0).indexOf("siglum.export.text"))).isEqualTo("disabled");
        assertThat(dialog.showsError()).isFalse();
        assertThat(dialog.message()).isEqualTo("siglum.export.text disabled: it is stopped now and not started in the next runs.");
        assertThat(dialog.getButton(PluginsDialog.TOGGLE_ID).getText()).isEqualTo("&Enable");
        handler.changed();
        workbench.flush();
        assertThat(dialog.message()).as("the framework's events after the change keep its outcome in view")
                .startsWith("siglum.export.text disabled");

        press(dialog.getButton(PluginsDialog.TOGGLE_ID));
        workbench.flush();
        assertThat(shelf.calls).containsExactly("disable siglum.export.text", "enable siglum.export.text");
        assertThat(column(dialog, 4)).contains("format text");
    }

    @Test
    void installFromAFileAddsTheRowSelectedAndAFailureIsShownAsAnError() throws Exception {
        PluginsDialog dialog = open();
        chosen.add(Files.writeString(dir.resolve("csv.jar"), "org.example.csv\nformat apparatus-csv\n"));
        press(dialog.getButton(PluginsDialog.INSTALL_ID));
        workbench.flush();
        assertThat(shelf.calls).containsExactly("install csv.jar");
        assertThat(column(dialog, 0).get(0)).isEqualTo("org.example.csv");
        assertThat(dialog.viewer().getTable().getSelectionIndex()).isZero();
        assertThat(dialog.message()).isEqualTo("Installed org.example.csv 1.0.0, active: it offers format apparatus-csv.");

        chosen.add(Files.writeString(dir.resolve("empty.jar"), ""));
        press(dialog.getButton(PluginsDialog.INSTALL_ID));
        workbench.flush();
        assertThat(dialog.showsError()).isTrue();
        assertThat(dialog.message()).endsWith("empty.jar: not a bundle (its manifest has no Bundle-SymbolicName)");
        assertThat(column(dialog, 0)).hasSize(5);

        press(dialog.getButton(PluginsDialog.INSTALL_ID));
        workbench.flush();
        assertThat(shelf.calls).as("a cancelled file dialog installs nothing").hasSize(2);

        select(dialog, "org.example.csv");
        assertThat(dialog.showsError()).as("a new selection clears the error").isFalse();
        press(dialog.getButton(PluginsDialog.REMOVE_ID));
        workbench.flush();
        assertThat(column(dialog, 0)).doesNotContain("org.example.csv");
    }

    @Test
    void aChangeMadeElsewhereShowsInTheOpenDialog() {
        PluginsDialog dialog = open();
        shelf.add("org.example.view", true, "", new Offer("view", "csv-table", 0));
        handler.changed();
        handler.changed();
        workbench.flush();
        assertThat(column(dialog, 0)).contains("org.example.view");
        assertThat(column(dialog, 4)).contains("view csv-table");
    }

    @Test
    void theFilterAndTheBuiltInBoxNarrowTheTable() {
        PluginsDialog dialog = open();
        dialog.filterField().setText("format");
        workbench.flush();
        assertThat(column(dialog, 0)).containsExactly("siglum.export.html", "siglum.export.text");
        dialog.filterField().setText("");
        dialog.builtInBox().setSelection(false);
        press(dialog.builtInBox());
        workbench.flush();
        assertThat(column(dialog, 0)).containsExactly("org.example.old");
    }

    @Test
    void withoutAPluginsFolderTheButtonsAreOffAndTheDialogSaysWhy() {
        handler.plugins = new ShelfOfPlugins(null).add("siglum.export.html", false, "");
        PluginsDialog dialog = open();
        select(dialog, "siglum.export.html");
        assertThat(dialog.getButton(PluginsDialog.INSTALL_ID).isEnabled()).isFalse();
        assertThat(dialog.getButton(PluginsDialog.TOGGLE_ID).isEnabled()).isFalse();
        assertThat(dialog.message()).endsWith("This run has no plugins folder: nothing can be changed here.");
        press(dialog.getButton(IDialogConstants.CLOSE_ID));
        workbench.flush();
        assertThat(handler.dialog()).isNull();
    }
}
