package org.siglum.ui.workbench.internal;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.siglum.ui.api.CommandSpec;
import org.siglum.ui.api.ViewContribution;
import org.siglum.ui.workbench.internal.views.BuiltinContributions;
import org.siglum.ui.workbench.internal.views.WindowCommands;

/** A window with the workbench bundle's own contributions, as the application gets them through DS. */
final class TestWindows {

    private TestWindows() {
    }

    static WorkbenchWindow open(Display display, Dialogs dialogs, Path settings) {
        WorkbenchWindow window = new WorkbenchWindow(display, shell -> dialogs, TestServices.get(), settings);
        for (CommandSpec command : WindowCommands.all()) {
            window.addCommand(command);
            window.addHandler(command.id(), command.handler(), 0);
        }
        for (ViewContribution view : BuiltinContributions.views()) {
            window.addView(view);
        }
        window.shell().open();
        return window;
    }
}
