package org.siglum.ui.workbench.internal.views;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.workbench.internal.WorkbenchWindow;
import org.siglum.ui.workbench.internal.host.Command;

/**
 * The window's own commands (File, Edit, Help), each a command and a handler like any bundle's. The handlers act on
 * the window behind the workbench they are given.
 */
public final class WindowCommands {

    /** A command with the handler the workbench bundle registers for it. */
    public record Builtin(Command command, CommandHandler handler) {
    }

    private WindowCommands() {
    }

    public static List<Builtin> all() {
        String file = CommandContribution.MENU_FILE;
        String edit = CommandContribution.MENU_EDIT;
        return List.of(
                new Builtin(Command.of(WorkbenchWindow.OPEN_COMMAND, "&Open\u2026", file, 100, "M1+O").withToolbar(),
                        handler(WorkbenchWindow::openChosen, w -> true)),
                new Builtin(Command.of("siglum.file.save", "&Save", file, 110, "M1+S").withToolbar(),
                        handler(WorkbenchWindow::save, WindowCommands::open)),
                new Builtin(Command.of("siglum.file.saveAs", "Save &As\u2026", file, 120, "M1+M2+S"),
                        handler(WorkbenchWindow::saveAs, WindowCommands::open)),
                new Builtin(Command.of("siglum.file.close", "&Close", file, 800, null),
                        handler(WorkbenchWindow::closeEdition, WindowCommands::open)),
                new Builtin(Command.of("siglum.file.quit", "&Quit", file, 810, "M1+Q"),
                        handler(WorkbenchWindow::quit, w -> true)),
                new Builtin(Command.of("siglum.edit.undo", "&Undo", edit, 100, "M1+Z").withToolbar(),
                        handler(WorkbenchWindow::undo, w -> w.edition() != null && w.edition().canUndo())),
                new Builtin(Command.of("siglum.edit.redo", "&Redo", edit, 110, "M1+Y").withToolbar(),
                        handler(WorkbenchWindow::redo, w -> w.edition() != null && w.edition().canRedo())),
                new Builtin(Command.of("siglum.edit.find", "&Find/Replace…", edit, 200, "M1+F"),
                        handler(w -> w.editorFeatures().openFind(), WindowCommands::open)),
                new Builtin(Command.of("siglum.help.about", "&About Siglum", CommandContribution.MENU_HELP, 100, null),
                        handler(w -> w.dialogs().showAbout(), w -> true)));
    }

    private static boolean open(WorkbenchWindow window) {
        return window.edition() != null;
    }

    private static CommandHandler handler(Consumer<WorkbenchWindow> action, Predicate<WorkbenchWindow> enabled) {
        return new CommandHandler() {
            @Override
            public boolean isEnabled(Workbench workbench) {
                return WorkbenchWindow.of(workbench).map(enabled::test).orElse(false);
            }

            @Override
            public void execute(Workbench workbench) {
                WorkbenchWindow.of(workbench).ifPresent(action);
            }
        };
    }
}
