package org.siglum.ui.export.internal;

import java.nio.file.Path;

import org.eclipse.swt.program.Program;

/** Opens a file or folder with the desktop's own program (a file manager, the web browser). */
@FunctionalInterface
interface SystemOpener {

    /** The desktop's association, through SWT's {@link Program}. */
    SystemOpener DESKTOP = path -> Program.launch(path.toString());

    /** Returns whether a program was started. */
    boolean open(Path path);
}
