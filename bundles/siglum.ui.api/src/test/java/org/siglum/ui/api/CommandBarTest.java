package org.siglum.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.siglum.ui.api.testing.TestWorkbench;
import org.siglum.ui.api.testing.Ui;

/** A view's command bar in the test host, under a real display: buttons from declared commands, run by id. */
class CommandBarTest {

    private final List<String> ran = new ArrayList<>();
    private TestWorkbench workbench;
    private boolean selected;

    private final CommandSpec record = CommandSpec.of("test.record", "&Record reading\u2026")
            .withDescription("Record the selected text's reading").inMenu("Apparatus", 100)
            .enabledWhen(w -> !w.selection().isEmpty()).does(w -> ran.add("record"));
    private final CommandSpec add = CommandSpec.of("test.add", "&Add reading\u2026").inMenu("Apparatus", 105)
            .enabledWhen(w -> selected).does(w -> ran.add("add"));
    private final CommandSpec check = CommandSpec.of("test.check", "&Check").inMenu("Apparatus", 300)
            .withToolbarText("Check all").does(w -> ran.add("check"));

    @BeforeAll
    static void needsADisplay() {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isEmpty()) {
            fail("These tests drive real widgets and need an X display: run them as `xvfb-run -a mvn verify`.");
        }
    }

    @BeforeEach
    void openTheHost() {
        workbench = new TestWorkbench();
        List.of(record, add, check).forEach(workbench::handle);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private CommandBar bar(List<CommandSpec> commands) {
        CommandBar[] made = new CommandBar[1];
        workbench.show(new ViewContribution() {
            @Override
            public String id() {
                return "test.view";
            }

            @Override
            public String title() {
                return "Test";
            }

            @Override
            public ViewPlacement placement() {
                return ViewPlacement.BOTTOM;
            }

            @Override
            public ViewPart createPart(Composite parent, Workbench w) {
                Composite root = new Composite(parent, SWT.NONE);
                root.setLayout(new FillLayout(SWT.VERTICAL));
                made[0] = CommandBar.create(root, w, commands);
                new Label(root, SWT.NONE).setText("rows");
                return () -> root;
            }
        });
        return made[0];
    }

    private static List<String> texts(CommandBar bar) {
        List<String> texts = new ArrayList<>();
        for (ToolItem item : bar.control().getItems()) {
            texts.add((item.getStyle() & SWT.SEPARATOR) != 0 ? "-" : item.getText());
        }
        return texts;
    }

    @Test
    void eachCommandGetsAButtonWithItsShortTextAndDescriptionAndASeparatorAsInTheMenus() {
        CommandBar bar = bar(List.of(record, add, check));
        assertThat(texts(bar)).containsExactly("Record reading", "Add reading", "-", "Check all");
        assertThat(bar.button("test.record").orElseThrow().getToolTipText())
                .isEqualTo("Record the selected text's reading");
        assertThat(bar.button("test.add").orElseThrow().getToolTipText()).isEqualTo("&Add reading\u2026");
    }

    @Test
    void theButtonsAreEnabledAsTheHandlersSayAndFollowTheWorkbench() {
        CommandBar bar = bar(List.of(record, add, check));
        ToolItem recordButton = bar.button("test.record").orElseThrow();
        ToolItem addButton = bar.button("test.add").orElseThrow();
        assertThat(recordButton.getEnabled()).as("nothing selected").isFalse();
        assertThat(addButton.getEnabled()).isFalse();
        assertThat(bar.button("test.check").orElseThrow().getEnabled()).isTrue();

        workbench.select(3, 4);
        workbench.flush();
        assertThat(recordButton.getEnabled()).as("after the selection changed").isTrue();

        selected = true;
        assertThat(addButton.getEnabled()).as("the view's own state: not seen before update()").isFalse();
        bar.update();
        assertThat(addButton.getEnabled()).isTrue();
    }

    @Test
    void aButtonRunsItsCommandThroughTheWorkbenchOnlyWhenEnabled() {
        CommandBar bar = bar(List.of(record, check));
        Ui.press(bar.button("test.record").orElseThrow());
        assertThat(ran).as("disabled: the workbench does not run it").isEmpty();
        Ui.press(bar.button("test.check").orElseThrow());
        assertThat(ran).containsExactly("check");

        workbench.handle("test.check", new CommandHandler() {
            @Override
            public void execute(Workbench w) {
                ran.add("replacement");
            }
        });
        Ui.press(bar.button("test.check").orElseThrow());
        assertThat(ran).as("the handler the workbench has now").containsExactly("check", "replacement");
    }

    @Test
    void theContextMenuHasTheSameCommandsByTheirLabels() {
        CommandBar bar = bar(List.of(record, add, check));
        Control rows = bar.control().getParent().getChildren()[1];
        Menu menu = bar.contextMenu(rows);
        assertThat(rows.getMenu()).isSameAs(menu);
        assertThat(Ui.texts(menu)).containsExactly("Record reading\u2026", "Add reading\u2026", "-", "Check");
        assertThat(Ui.item(menu, "Record").getEnabled()).isFalse();
        Ui.press(Ui.item(menu, "Check"));
        assertThat(ran).containsExactly("check");
    }
}
