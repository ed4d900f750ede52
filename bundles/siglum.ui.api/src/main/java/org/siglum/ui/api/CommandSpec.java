package org.siglum.ui.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A command and what it does, declared in one place as values: {@code CommandSpec.of(id, label).inMenu(MENU_FILE,
 * 700).withKeys("M1+E").enabledWhen(...).does(...)}. It is the {@link CommandContribution} itself, and
 * {@link #handler()} makes its {@link CommandHandler}; {@link Commands} registers the two as the separate services the
 * window expects, so another bundle's handler with a higher service ranking still replaces this one.
 * <p>
 * A declaration without an action ({@link #hasHandler()} false) still describes the command, e.g. for a view's
 * {@link CommandBar} in a bundle whose handlers are bound to services later.
 *
 * @param id the command's id, unique among commands
 * @param label the menu item's text (with {@code &} before the mnemonic, an ellipsis when it asks something first)
 * @param description a sentence for tooltips and the status line; the label when null
 * @param menuName the menu that shows it, or null for none
 * @param order its position in the menu
 * @param keySequence its key binding ({@code M1+E}), or null
 * @param toolbarButton whether the window's toolbar shows it
 * @param buttonText a button's short text, or null for the label without {@code &} and ellipsis
 * @param enabled when the command can run (asked often: keep it cheap)
 * @param action what the command does, or null in a declaration that only describes it
 * @param iconName the icon of its button by the freedesktop icon naming (e.g. {@code document-save}), or null
 */
public record CommandSpec(String id, String label, String description, String menuName, int order, String keySequence,
        boolean toolbarButton, String buttonText, Predicate<Workbench> enabled, Action action, String iconName)
        implements CommandContribution {

    /** What a command does, on the user-interface thread; what it throws the window shows as an error. */
    @FunctionalInterface
    public interface Action {
        void run(Workbench workbench) throws Exception;
    }

    public CommandSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        description = description == null ? label : description;
        enabled = enabled == null ? workbench -> true : enabled;
    }

    /** A command with an id and a label, in no menu, at the default order, always enabled, doing nothing yet. */
    public static CommandSpec of(String id, String label) {
        return new CommandSpec(id, label, null, null, 500, null, false, null, null, null, null);
    }

    public CommandSpec withDescription(String sentence) {
        return new CommandSpec(id, label, sentence, menuName, order, keySequence, toolbarButton, buttonText, enabled,
                action, iconName);
    }

    /** In this menu (e.g. {@link #MENU_FILE}) at this position. */
    public CommandSpec inMenu(String menu, int position) {
        return new CommandSpec(id, label, description, menu, position, keySequence, toolbarButton, buttonText, enabled,
                action, iconName);
    }

    /** Bound to this key sequence, in JFace's format ({@code M1+M2+R}). */
    public CommandSpec withKeys(String sequence) {
        return new CommandSpec(id, label, description, menuName, order, sequence, toolbarButton, buttonText, enabled,
                action, iconName);
    }

    /** With a button on the window's toolbar. */
    public CommandSpec withToolbarButton() {
        return new CommandSpec(id, label, description, menuName, order, keySequence, true, buttonText, enabled, action, iconName);
    }

    /** With this short text on buttons (the window's toolbar, a view's {@link CommandBar}). */
    public CommandSpec withToolbarText(String text) {
        return new CommandSpec(id, label, description, menuName, order, keySequence, toolbarButton, text, enabled,
                action, iconName);
    }

    /**
     * With this icon on its buttons, named as the freedesktop icon naming specification names actions
     * ({@code document-open}, {@code edit-undo}...): the window takes it from the desktop's icon theme, and shows the
     * text where the theme has no such icon.
     */
    public CommandSpec withIcon(String name) {
        return new CommandSpec(id, label, description, menuName, order, keySequence, toolbarButton, buttonText, enabled,
                action, name);
    }

    /** Enabled only while the condition holds. */
    public CommandSpec enabledWhen(Predicate<Workbench> condition) {
        return new CommandSpec(id, label, description, menuName, order, keySequence, toolbarButton, buttonText,
                condition, action, iconName);
    }

    /** Doing this when chosen (and enabled). */
    public CommandSpec does(Action what) {
        return new CommandSpec(id, label, description, menuName, order, keySequence, toolbarButton, buttonText, enabled,
                what, iconName);
    }

    /** Carried out by a handler written as a class of its own (one with state or dynamic references, say). */
    public CommandSpec handledBy(CommandHandler handler) {
        return enabledWhen(handler::isEnabled).does(handler::execute);
    }

    /** Whether the declaration says what the command does. */
    public boolean hasHandler() {
        return action != null;
    }

    /**
     * A new handler that asks {@link #enabled()} and runs {@link #action()}; a condition that throws counts as not
     * enabled.
     *
     * @throws IllegalStateException if the declaration has no action
     */
    public CommandHandler handler() {
        if (action == null) {
            throw new IllegalStateException("the command " + id + " is declared without an action");
        }
        Predicate<Workbench> condition = enabled;
        Action run = action;
        return new CommandHandler() {
            @Override
            public boolean isEnabled(Workbench workbench) {
                return condition.test(workbench);
            }

            @Override
            public void execute(Workbench workbench) throws Exception {
                run.run(workbench);
            }

            @Override
            public String toString() {
                return "handler of " + id;
            }
        };
    }

    @Override
    public Optional<String> menu() {
        return Optional.ofNullable(menuName);
    }

    @Override
    public Optional<String> keys() {
        return Optional.ofNullable(keySequence);
    }

    @Override
    public Optional<String> icon() {
        return Optional.ofNullable(iconName);
    }

    @Override
    public boolean toolbar() {
        return toolbarButton;
    }

    @Override
    public String toolbarText() {
        return buttonText != null ? buttonText : CommandContribution.super.toolbarText();
    }
}
