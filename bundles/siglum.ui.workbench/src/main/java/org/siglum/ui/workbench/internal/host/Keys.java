package org.siglum.ui.workbench.internal.host;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.bindings.keys.SWTKeySupport;

/** A command's key binding, read with JFace's {@link KeySequence} ({@code M1+S}): SWT accelerator and menu text. */
public record Keys(int accelerator, String text) {

    /**
     * Reads a key sequence of one stroke. Sequences of several strokes (Emacs style) are not supported by menu
     * accelerators.
     *
     * @throws IllegalArgumentException if it cannot be read, or has more than one stroke
     */
    public static Keys parse(String sequence) {
        KeySequence keys;
        try {
            keys = KeySequence.getInstance(sequence);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the key binding '" + sequence + "': " + e.getMessage(), e);
        }
        KeyStroke[] strokes = keys.getKeyStrokes();
        if (strokes.length != 1) {
            throw new IllegalArgumentException("the key binding '" + sequence + "' must be one key stroke");
        }
        return new Keys(SWTKeySupport.convertKeyStrokeToAccelerator(strokes[0]),
                SWTKeySupport.getKeyFormatterForPlatform().format(keys));
    }
}
