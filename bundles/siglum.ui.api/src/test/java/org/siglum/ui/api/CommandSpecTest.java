package org.siglum.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A command declared as data: what the window reads of it, and the handler it makes. No display needed. */
class CommandSpecTest {

    private final List<String> ran = new ArrayList<>();
    private boolean open;

    private final CommandSpec export = CommandSpec.of("test.export", "&Export\u2026")
            .withDescription("Export the edition").inMenu(CommandContribution.MENU_FILE, 700).withKeys("M1+E")
            .withToolbarButton().enabledWhen(w -> open).does(w -> ran.add("export"));

    @Test
    void theDeclarationIsTheCommandTheWindowReads() {
        CommandContribution command = export;
        assertThat(command.id()).isEqualTo("test.export");
        assertThat(command.label()).isEqualTo("&Export\u2026");
        assertThat(command.description()).isEqualTo("Export the edition");
        assertThat(command.menu()).contains("File");
        assertThat(command.order()).isEqualTo(700);
        assertThat(command.keys()).contains("M1+E");
        assertThat(command.toolbar()).isTrue();
        assertThat(command.toolbarText()).isEqualTo("Export");
    }

    @Test
    void whatIsNotDeclaredIsAsForAnyCommand() {
        CommandSpec bare = CommandSpec.of("test.bare", "&Bare");
        assertThat(bare.description()).isEqualTo("&Bare");
        assertThat(bare.menu()).isEmpty();
        assertThat(bare.keys()).isEmpty();
        assertThat(bare.toolbar()).isFalse();
        assertThat(bare.order()).isEqualTo(500);
        assertThat(bare.withToolbarText("Short").toolbarText()).isEqualTo("Short");
    }

    @Test
    void theHandlerAsksTheConditionAndRunsTheAction() throws Exception {
        CommandHandler handler = export.handler();
        assertThat(handler.isEnabled(null)).isFalse();
        open = true;
        assertThat(handler.isEnabled(null)).isTrue();
        handler.execute(null);
        assertThat(ran).containsExactly("export");
    }

    @Test
    void aHandlerClassCarriesOutADeclaredCommand() throws Exception {
        CommandHandler own = new CommandHandler() {
            @Override
            public boolean isEnabled(Workbench workbench) {
                return open;
            }

            @Override
            public void execute(Workbench workbench) {
                ran.add("own");
            }
        };
        CommandHandler handler = CommandSpec.of("test.own", "Own").handledBy(own).handler();
        assertThat(handler.isEnabled(null)).isFalse();
        open = true;
        assertThat(handler.isEnabled(null)).isTrue();
        handler.execute(null);
        assertThat(ran).containsExactly("own");
    }

    @Test
    void aDeclarationWithoutAnActionMakesNoHandler() {
        CommandSpec described = CommandSpec.of("test.described", "Described");
        assertThat(described.hasHandler()).isFalse();
        assertThatThrownBy(described::handler).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.described");
    }
}
