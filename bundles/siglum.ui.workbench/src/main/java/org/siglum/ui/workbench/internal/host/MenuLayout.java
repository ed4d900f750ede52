package org.siglum.ui.workbench.internal.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.siglum.ui.api.CommandContribution;

/**
 * Where the commands go in the menu bar: File, Edit, View, Apparatus, Notes, then other menus in the order their
 * first command came, Help last; in each menu by {@link CommandContribution#order()} (then registration), with a
 * separator where neighbours' orders differ by 100 or more. No widgets, so it is tested without a window.
 */
public final class MenuLayout {

    /** The menus the window knows, in the menu bar's order (Help goes last, after any others). */
    public static final List<String> KNOWN = List.of(CommandContribution.MENU_FILE, CommandContribution.MENU_EDIT,
            CommandContribution.MENU_VIEW, CommandContribution.MENU_APPARATUS, CommandContribution.MENU_NOTES);

    /** The gap in {@code order()} that puts a separator between two items. */
    public static final int SEPARATOR_GAP = 100;

    /** One menu: its name and its items; a null item is a separator. */
    public record Menu(String name, List<CommandContribution> items) {
    }

    private MenuLayout() {
    }

    /** The menus with their items, in the menu bar's order; menus without commands are left out. */
    public static List<Menu> menus(List<CommandContribution> commands) {
        Map<String, List<CommandContribution>> byMenu = new LinkedHashMap<>();
        for (String name : KNOWN) {
            byMenu.put(name, new ArrayList<>());
        }
        for (CommandContribution command : commands) {
            command.menu().ifPresent(name -> {
                if (!name.equals(CommandContribution.MENU_HELP)) {
                    byMenu.computeIfAbsent(name, n -> new ArrayList<>()).add(command);
                }
            });
        }
        byMenu.put(CommandContribution.MENU_HELP, new ArrayList<>());
        for (CommandContribution command : commands) {
            if (command.menu().filter(CommandContribution.MENU_HELP::equals).isPresent()) {
                byMenu.get(CommandContribution.MENU_HELP).add(command);
            }
        }
        List<Menu> menus = new ArrayList<>();
        for (Map.Entry<String, List<CommandContribution>> entry : byMenu.entrySet()) {
            List<CommandContribution> sorted = new ArrayList<>(entry.getValue());
            if (sorted.isEmpty()) {
                continue;
            }
            sorted.sort(Comparator.comparingInt(CommandContribution::order)); // stable: registration order on ties
            List<CommandContribution> items = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0 && sorted.get(i).order() - sorted.get(i - 1).order() >= SEPARATOR_GAP) {
                    items.add(null);
                }
                items.add(sorted.get(i));
            }
            menus.add(new Menu(entry.getKey(), items));
        }
        return menus;
    }

    /** The commands with a toolbar button, in menu-bar order. */
    public static List<CommandContribution> toolbar(List<CommandContribution> commands) {
        List<CommandContribution> buttons = new ArrayList<>();
        List<CommandContribution> all = new ArrayList<>();
        menus(commands).forEach(m -> m.items().forEach(c -> {
            if (c != null) {
                all.add(c);
            }
        }));
        commands.stream().filter(c -> c.menu().isEmpty()).forEach(all::add);
        for (CommandContribution c : all) {
            if (c.toolbar()) {
                buttons.add(c);
            }
        }
        return buttons;
    }
}
