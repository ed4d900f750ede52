package org.siglum.ui.workbench.internal.views;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.workbench.internal.TextAction;
import org.siglum.ui.workbench.internal.host.HelpGuide;
import org.siglum.ui.workbench.internal.WorkbenchWindow;

/**
 * The window's own commands (File, Edit with the clipboard, Help), declared as data like any bundle's (decision 0037). Their actions act
 * on the window behind the workbench they are given, and do nothing in another host.
 */
public final class WindowCommands {

    private WindowCommands() {
    }

    public static List<CommandSpec> all() {
        String file = CommandContribution.MENU_FILE;
        String edit = CommandContribution.MENU_EDIT;
        return List.of(
                command(WorkbenchWindow.OPEN_COMMAND, "&Open\u2026", file, 100, "M1+O")
                        .withToolbarButton().withIcon("document-open").enabledWhen(window(w -> true))
                        .does(on(WorkbenchWindow::openChosen)),
                command("siglum.file.save", "&Save", file, 110, "M1+S")
                        .withToolbarButton().withIcon("document-save").enabledWhen(window(WindowCommands::open))
                        .does(on(WorkbenchWindow::save)),
                command("siglum.file.saveAs", "Save &As\u2026", file, 120, "M1+M2+S")
                        .enabledWhen(window(WindowCommands::open)).does(on(WorkbenchWindow::saveAs)),
                command("siglum.file.close", "&Close", file, 800, null)
                        .enabledWhen(window(WindowCommands::open)).does(on(WorkbenchWindow::closeEdition)),
                command("siglum.file.quit", "&Quit", file, 810, "M1+Q")
                        .enabledWhen(window(w -> true)).does(on(WorkbenchWindow::quit)),
                command("siglum.edit.undo", "&Undo", edit, 100, "M1+Z").withToolbarButton().withIcon("edit-undo")
                        .enabledWhen(window(w -> w.edition() != null && w.edition().canUndo()))
                        .does(on(WorkbenchWindow::undo)),
                command("siglum.edit.redo", "&Redo", edit, 110, "M1+Y").withToolbarButton().withIcon("edit-redo")
                        .enabledWhen(window(w -> w.edition() != null && w.edition().canRedo()))
                        .does(on(WorkbenchWindow::redo)),
                command("siglum.edit.cut", "Cu&t", edit, 210, "M1+X")
                        .enabledWhen(window(w -> w.canEditText(TextAction.CUT)))
                        .does(on(w -> w.editText(TextAction.CUT))),
                command("siglum.edit.copy", "&Copy", edit, 220, "M1+C")
                        .enabledWhen(window(w -> w.canEditText(TextAction.COPY)))
                        .does(on(w -> w.editText(TextAction.COPY))),
                command("siglum.edit.paste", "&Paste", edit, 230, "M1+V")
                        .enabledWhen(window(w -> w.canEditText(TextAction.PASTE)))
                        .does(on(w -> w.editText(TextAction.PASTE))),
                command("siglum.edit.selectAll", "Select &All", edit, 240, "M1+A")
                        .enabledWhen(window(w -> w.canEditText(TextAction.SELECT_ALL)))
                        .does(on(w -> w.editText(TextAction.SELECT_ALL))),
                command("siglum.edit.find", "&Find/Replace\u2026", edit, 340, "M1+F")
                        .enabledWhen(window(WindowCommands::open)).does(on(w -> w.editorFeatures().openFind())),
                command("siglum.help.guide", "&Keys and Workflow", CommandContribution.MENU_HELP, 50, "F1")
                        .enabledWhen(window(w -> true)).does(on(w -> w.dialogs().showGuide("Siglum: keys and workflow",
                                HelpGuide.text(w.commands())))),
                command("siglum.help.about", "&About Siglum", CommandContribution.MENU_HELP, 100, null)
                        .enabledWhen(window(w -> true)).does(on(w -> w.dialogs().showAbout())));
    }

    private static CommandSpec command(String id, String label, String menu, int order, String keys) {
        return CommandSpec.of(id, label).inMenu(menu, order).withKeys(keys);
    }

    private static boolean open(WorkbenchWindow window) {
        return window.edition() != null;
    }

    private static Predicate<org.siglum.ui.api.Workbench> window(Predicate<WorkbenchWindow> enabled) {
        return workbench -> WorkbenchWindow.of(workbench).map(enabled::test).orElse(false);
    }

    private static CommandSpec.Action on(Consumer<WorkbenchWindow> action) {
        return workbench -> WorkbenchWindow.of(workbench).ifPresent(action);
    }
}
