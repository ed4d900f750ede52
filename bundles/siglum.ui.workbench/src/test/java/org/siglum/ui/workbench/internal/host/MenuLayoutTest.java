package org.siglum.ui.workbench.internal.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.ui.api.CommandContribution;
import org.siglum.ui.api.CommandSpec;

class MenuLayoutTest {

    private static CommandSpec command(String id, String menu, int order) {
        CommandSpec command = CommandSpec.of(id, id);
        return menu == null ? command : command.inMenu(menu, order);
    }

    @Test
    void menusComeInTheirOrderWithOthersBeforeHelpAndItemsByOrderWithSeparatorsAtGapsOf100() {
        List<CommandContribution> commands = List.of(command("about", "Help", 100), command("export", "Tools", 100),
                command("quit", "File", 900), command("open", "File", 100), command("save", "File", 199),
                command("close", "File", 800), command("record", "Apparatus", 100), command("hidden", null, 1));
        List<MenuLayout.Menu> menus = MenuLayout.menus(commands);
        assertThat(menus).extracting(MenuLayout.Menu::name).containsExactly("File", "Apparatus", "Tools", "Help");
        assertThat(menus.get(0).items()).extracting(c -> c == null ? "-" : c.id())
                .containsExactly("open", "save", "-", "close", "-", "quit");
    }

    @Test
    void theToolbarHasTheCommandsThatAskForAButtonInMenuOrder() {
        List<CommandContribution> commands = List.of(command("record", "Apparatus", 100).withToolbarButton(),
                command("open", "File", 100).withToolbarButton(), command("save", "File", 110));
        assertThat(MenuLayout.toolbar(commands)).extracting(CommandContribution::id).containsExactly("open", "record");
    }

    @Test
    void aHandlerWithHigherRankingWinsAndTheFirstCommandWithAnIdStays() {
        CommandRegistry registry = new CommandRegistry();
        assertThat(registry.addCommand(command("a", "File", 1))).isTrue();
        assertThat(registry.addCommand(command("a", "Edit", 1))).isFalse();
        assertThat(registry.command("a").orElseThrow().menu()).contains("File");
        assertThat(registry.handler("a")).isEmpty();
        org.siglum.ui.api.CommandHandler first = w -> { };
        org.siglum.ui.api.CommandHandler second = w -> { };
        org.siglum.ui.api.CommandHandler ranked = w -> { };
        registry.addHandler("a", first, 0);
        registry.addHandler("a", second, 0);
        assertThat(registry.handler("a")).containsSame(first);
        registry.addHandler("a", ranked, 5);
        assertThat(registry.handler("a")).containsSame(ranked);
        registry.removeHandler("a", ranked);
        registry.removeHandler("a", first);
        assertThat(registry.handler("a")).containsSame(second);
    }
}
