package org.siglum.ui.workbench.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandHandler;
import org.siglum.ui.api.Workbench;
import org.siglum.ui.workbench.internal.host.CommandRegistry;
import org.siglum.ui.workbench.internal.host.IconTheme;
import org.siglum.ui.workbench.internal.host.Keys;
import org.siglum.ui.workbench.internal.host.MenuLayout;

/**
 * The window's commands as the person reaches them: the menu bar (with Open Recent after the Open command), the
 * toolbar and the keys, built again whole from the commands registered whenever one comes or goes, each item enabled
 * as its handler says. Running a command calls its handler; what the handler throws is reported and shown.
 */
final class WindowMenus {

    private final Shell shell;
    private final Display display;
    private final Workbench workbench;
    private final Dialogs dialogs;
    private final Reports reports;
    private final Supplier<List<Path>> recentFiles;
    private final Consumer<Path> open;
    private final Runnable stateChanged;
    private final CommandRegistry commands = new CommandRegistry();
    private final Map<String, MenuItem> commandItems = new HashMap<>();
    private final Map<String, ToolItem> toolItems = new HashMap<>();
    private final Map<Integer, String> keyOnlyCommands = new HashMap<>();
    private final ToolBar toolBar;
    private final Listener keyFilter = this::keyPressed;
    private final IconTheme icons = IconTheme.ofDesktop(System::getenv);
    private final Map<String, Image> images = new HashMap<>();

    /**
     * Makes the toolbar as the shell's next row, with no commands yet.
     *
     * @param recentFiles the files for Open Recent, most recent first
     * @param open opens one of them
     * @param stateChanged brings the title and the enablement up to date (after a command, when a menu opens)
     */
    WindowMenus(Shell shell, Workbench workbench, Dialogs dialogs, Reports reports, Supplier<List<Path>> recentFiles,
            Consumer<Path> open, Runnable stateChanged) {
        this.shell = shell;
        this.display = shell.getDisplay();
        this.workbench = workbench;
        this.dialogs = dialogs;
        this.reports = reports;
        this.recentFiles = recentFiles;
        this.open = open;
        this.stateChanged = stateChanged;
        toolBar = new ToolBar(shell, SWT.FLAT | SWT.RIGHT | SWT.HORIZONTAL);
        toolBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** Starts hearing the keys of commands without a menu item. */
    void listenForKeys() {
        display.addFilter(SWT.KeyDown, keyFilter);
    }

    /** Stops hearing keys (the window is closing). */
    void dispose() {
        display.removeFilter(SWT.KeyDown, keyFilter);
        images.values().forEach(Image::dispose);
        images.clear();
    }

    /** Adds a command's menu item, key and toolbar button; a second command with an id is reported and left out. */
    void addCommand(CommandContribution command) {
        if (shell.isDisposed()) {
            return;
        }
        if (!commands.addCommand(command)) {
            reports.report("The command " + command.id() + " is registered twice; the second is left out.");
            return;
        }
        rebuild();
    }

    void removeCommand(CommandContribution command) {
        if (!shell.isDisposed() && commands.removeCommand(command)) {
            rebuild();
        }
    }

    /** Adds a handler for a command; among several, the highest ranking carries it out. */
    void addHandler(String commandId, CommandHandler handler, int ranking) {
        commands.addHandler(commandId, handler, ranking);
        if (!shell.isDisposed()) {
            refreshEnablement();
        }
    }

    void removeHandler(String commandId, CommandHandler handler) {
        commands.removeHandler(commandId, handler);
        if (!shell.isDisposed()) {
            refreshEnablement();
        }
    }

    /**
     * Runs a command's handler if it has one and it is enabled. What the handler throws is shown to the person as an
     * error naming the command; the window goes on.
     */
    boolean execute(String commandId) {
        Optional<CommandHandler> handler = commands.handler(commandId);
        if (handler.isEmpty() || !enabled(handler.get())) {
            return false;
        }
        try {
            handler.get().execute(workbench);
        } catch (Exception | LinkageError e) {
            String name = commands.command(commandId).map(CommandContribution::label).orElse(commandId)
                    .replace("&", "").replace("\u2026", "");
            reports.report(name + " failed: " + Reports.describe(e));
            dialogs.showError(name + " failed", Reports.describe(e));
        }
        if (!shell.isDisposed()) {
            stateChanged.run();
        }
        return true;
    }

    private boolean enabled(CommandHandler handler) {
        try {
            return handler.isEnabled(workbench);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    boolean enabled(String commandId) {
        return commands.handler(commandId).map(this::enabled).orElse(false);
    }

    /** Builds the menu bar, the toolbar and the key bindings again from the commands registered now. */
    void rebuild() {
        List<CommandContribution> all = commands.commands();
        Map<String, Keys> bound = new HashMap<>();
        Map<Integer, String> byAccelerator = new HashMap<>();
        for (CommandContribution command : all) {
            Optional<String> sequence = command.keys();
            if (sequence.isEmpty() || sequence.get().isBlank()) {
                continue;
            }
            try {
                Keys keys = Keys.parse(sequence.get());
                String owner = byAccelerator.putIfAbsent(keys.accelerator(), command.id());
                if (owner != null) {
                    reports.report(keys.text() + " is bound to " + owner + " already; " + command.id()
                            + " gets no key.");
                } else {
                    bound.put(command.id(), keys);
                }
            } catch (IllegalArgumentException e) {
                reports.report("The command " + command.id() + " has a key binding that cannot be read: "
                        + e.getMessage());
            }
        }

        Menu old = shell.getMenuBar();
        Menu bar = new Menu(shell, SWT.BAR);
        commandItems.clear();
        keyOnlyCommands.clear();
        for (MenuLayout.Menu menu : MenuLayout.menus(all)) {
            MenuItem header = new MenuItem(bar, SWT.CASCADE);
            header.setText("&" + menu.name());
            Menu dropDown = new Menu(shell, SWT.DROP_DOWN);
            header.setMenu(dropDown);
            dropDown.addListener(SWT.Show, event -> stateChanged.run());
            for (CommandContribution command : menu.items()) {
                if (command == null) {
                    new MenuItem(dropDown, SWT.SEPARATOR);
                    continue;
                }
                MenuItem item = new MenuItem(dropDown, SWT.PUSH);
                Keys keys = bound.get(command.id());
                item.setText(keys == null ? command.label() : command.label() + "\t" + keys.text());
                if (keys != null) {
                    item.setAccelerator(keys.accelerator());
                }
                String id = command.id();
                item.addListener(SWT.Selection, event -> execute(id));
                commandItems.put(id, item);
                if (id.equals(WorkbenchWindow.OPEN_COMMAND)) {
                    recentMenu(dropDown);
                }
            }
        }
        for (CommandContribution command : all) {
            Keys keys = bound.get(command.id());
            if (keys != null && !commandItems.containsKey(command.id())) {
                keyOnlyCommands.put(keys.accelerator(), command.id());
            }
        }
        shell.setMenuBar(bar);
        if (old != null) {
            old.dispose();
        }

        for (ToolItem item : toolBar.getItems()) {
            item.dispose();
        }
        toolItems.clear();
        for (CommandContribution command : MenuLayout.toolbar(all)) {
            ToolItem item = new ToolItem(toolBar, SWT.PUSH);
            item.setText(command.toolbarText());
            command.icon().flatMap(this::image).ifPresent(item::setImage);
            item.setToolTipText(command.description());
            String id = command.id();
            item.addListener(SWT.Selection, event -> execute(id));
            toolItems.put(id, item);
        }
        boolean buttons = toolBar.getItemCount() > 0;
        ((GridData) toolBar.getLayoutData()).exclude = !buttons;
        toolBar.setVisible(buttons);
        shell.layout(true);
        refreshEnablement();
    }

    private void recentMenu(Menu file) {
        MenuItem cascade = new MenuItem(file, SWT.CASCADE);
        cascade.setText("Open &Recent");
        Menu files = new Menu(shell, SWT.DROP_DOWN);
        cascade.setMenu(files);
        files.addListener(SWT.Show, event -> {
            for (MenuItem item : files.getItems()) {
                item.dispose();
            }
            List<Path> paths = recentFiles.get();
            if (paths.isEmpty()) {
                MenuItem none = new MenuItem(files, SWT.PUSH);
                none.setText("(none)");
                none.setEnabled(false);
            }
            for (Path path : paths) {
                MenuItem item = new MenuItem(files, SWT.PUSH);
                item.setText(path.getFileName() + "  \u2014  " + path.getParent());
                item.addListener(SWT.Selection, e -> open.accept(path));
            }
        });
    }

    /** The icon's picture from the desktop's theme, loaded once; none where the theme lacks it or it cannot be read. */
    private Optional<Image> image(String name) {
        if (images.containsKey(name)) {
            return Optional.ofNullable(images.get(name));
        }
        Image image = icons.find(name, 16).map(path -> {
            try {
                return new Image(display, path.toString());
            } catch (RuntimeException e) {
                return null; // a damaged file: the button keeps its text
            }
        }).orElse(null);
        images.put(name, image);
        return Optional.ofNullable(image);
    }

    /** Keys of commands that have no menu item (menu items' accelerators handle the others). */
    private void keyPressed(Event event) {
        if (keyOnlyCommands.isEmpty() || !(event.widget instanceof Control control) || control.isDisposed()
                || control.getShell() != shell) {
            return;
        }
        int accelerator = SWTKeySupport.convertEventToUnmodifiedAccelerator(event);
        String id = keyOnlyCommands.get(accelerator);
        if (id != null && execute(id)) {
            event.doit = false;
            event.type = SWT.None;
        }
    }

    /** Enables each menu item and button as its handler says now. */
    void refreshEnablement() {
        for (Map.Entry<String, MenuItem> entry : commandItems.entrySet()) {
            boolean enabled = enabled(entry.getKey());
            if (!entry.getValue().isDisposed() && entry.getValue().getEnabled() != enabled) {
                entry.getValue().setEnabled(enabled);
            }
        }
        for (Map.Entry<String, ToolItem> entry : toolItems.entrySet()) {
            boolean enabled = enabled(entry.getKey());
            if (!entry.getValue().isDisposed() && entry.getValue().getEnabled() != enabled) {
                entry.getValue().setEnabled(enabled);
            }
        }
    }

    /** The commands registered now, in registration order. */
    List<CommandContribution> commands() {
        return commands.commands();
    }
}
