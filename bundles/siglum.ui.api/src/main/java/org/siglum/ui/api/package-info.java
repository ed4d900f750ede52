/**
 * The workbench's contract with the bundles that add to it. A bundle adds a view by registering a
 * {@link org.siglum.ui.api.ViewContribution} service, a command (a name, a menu place, a key, a toolbar button) by
 * registering a {@link org.siglum.ui.api.CommandContribution}, and the command's behaviour by registering a
 * {@link org.siglum.ui.api.CommandHandler} whose {@code siglum.command} property names the command. Commands and
 * handlers are separate: a command without a handler shows disabled, and a handler can be replaced without touching the
 * menus. When the bundle stops, its services go and the window removes the view, the menu items and the buttons.
 *
 * <p>Contributions see the window through {@link org.siglum.ui.api.Workbench}: the open edition (siglum.core's
 * {@code EditionDocument}, the very document the editor edits), the editor's selection, the shell. Everything here is
 * called on the SWT user-interface thread.
 *
 * <p>A bundle declares its commands as data, each with its handler in one place: a {@link org.siglum.ui.api.CommandSpec}
 * (id, label, menu, keys, enabled condition, action), registered by {@link org.siglum.ui.api.Commands} as the two
 * separate services above; a view shows the commands it acts with in a {@link org.siglum.ui.api.CommandBar} (decision
 * 0037). Since 1.1.0: {@code CommandSpec}, {@code Commands}, {@code CommandBar}, {@link
 * org.siglum.ui.api.Workbench#isEnabled(String)}.
 */
@Export
@Version("1.2.0")
package org.siglum.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
