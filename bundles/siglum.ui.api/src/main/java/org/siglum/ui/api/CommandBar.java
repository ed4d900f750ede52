package org.siglum.ui.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.siglum.core.EditionDocument;

/**
 * A view's row of buttons for commands, so views do not write toolbars by hand: each button shows the command's
 * {@link CommandContribution#toolbarText()} with its {@link CommandContribution#description()} as tooltip, runs it
 * through {@link Workbench#execute(String)} (so the handler with the highest ranking carries it out, as from the
 * menu), and is enabled as {@link Workbench#isEnabled(String)} says. It follows the workbench's changes by itself
 * (after the views' own listeners, so a view's state is up to date when it is asked); a view calls {@link #update()}
 * when its own selection changes. As in the menus, neighbours whose orders differ by 100 or more get a separator.
 */
public final class CommandBar {

    private final Workbench workbench;
    private final List<CommandContribution> commands;
    private final ToolBar toolBar;
    private final Map<String, ToolItem> buttons = new LinkedHashMap<>();
    private final WorkbenchListener listener = new WorkbenchListener() {
        @Override
        public void editionChanged(Optional<EditionDocument> edition) {
            updateSoon();
        }

        @Override
        public void documentChanged(EditionDocument edition) {
            updateSoon();
        }

        @Override
        public void selectionChanged(EditorSelection selection) {
            updateSoon();
        }
    };
    private boolean pending;

    private CommandBar(Composite parent, Workbench workbench, List<? extends CommandContribution> commands) {
        this.workbench = workbench;
        this.commands = List.copyOf(commands);
        toolBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        CommandContribution previous = null;
        for (CommandContribution command : this.commands) {
            if (previous != null && separates(previous, command)) {
                new ToolItem(toolBar, SWT.SEPARATOR);
            }
            previous = command;
            ToolItem item = new ToolItem(toolBar, SWT.PUSH);
            item.setText(command.toolbarText());
            item.setToolTipText(command.description());
            String id = command.id();
            item.addListener(SWT.Selection, event -> run(id));
            buttons.put(id, item);
        }
        workbench.addListener(listener);
        toolBar.addListener(SWT.Dispose, event -> workbench.removeListener(listener));
        update();
    }

    /**
     * Makes the bar in {@code parent} (whose layout the caller sets the bar's data for) with a button for each
     * command, in the order given.
     */
    public static CommandBar create(Composite parent, Workbench workbench,
            List<? extends CommandContribution> commands) {
        return new CommandBar(parent, workbench, commands);
    }

    /** The bar's widget. */
    public ToolBar control() {
        return toolBar;
    }

    /** The commands, in the bar's order. */
    public List<CommandContribution> commands() {
        return commands;
    }

    /** The button of a command, if the bar has it (for tests and for a view that lays it out). */
    public Optional<ToolItem> button(String commandId) {
        return Optional.ofNullable(buttons.get(commandId));
    }

    /**
     * Gives a control (a view's table, say) a context menu with the same commands, by their menu labels, enabled as
     * the handlers say when it opens.
     */
    public Menu contextMenu(Control control) {
        Menu menu = new Menu(control);
        Map<String, MenuItem> items = new LinkedHashMap<>();
        CommandContribution previous = null;
        for (CommandContribution command : commands) {
            if (previous != null && separates(previous, command)) {
                new MenuItem(menu, SWT.SEPARATOR);
            }
            previous = command;
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(command.label());
            String id = command.id();
            item.addListener(SWT.Selection, event -> run(id));
            items.put(id, item);
        }
        menu.addListener(SWT.Show, event -> items.forEach((id, item) -> item.setEnabled(enabled(id))));
        control.setMenu(menu);
        return menu;
    }

    /** Asks each command's handler now whether it is enabled, and shows the answer. */
    public void update() {
        pending = false;
        if (toolBar.isDisposed()) {
            return;
        }
        buttons.forEach((id, item) -> {
            boolean enabled = enabled(id);
            if (item.getEnabled() != enabled) {
                item.setEnabled(enabled);
            }
        });
    }

    private void run(String commandId) {
        workbench.execute(commandId);
        update();
    }

    private boolean enabled(String commandId) {
        try {
            return workbench.isEnabled(commandId);
        } catch (RuntimeException e) {
            return false; // a broken handler is reported when it runs; its button is just off
        }
    }

    /** Coalesces a burst of workbench events into one update, after the other listeners have heard them. */
    private void updateSoon() {
        if (pending || toolBar.isDisposed()) {
            return;
        }
        pending = true;
        toolBar.getDisplay().asyncExec(this::update);
    }

    private static boolean separates(CommandContribution before, CommandContribution after) {
        return Math.abs(after.order() - before.order()) >= 100;
    }
}
