package org.siglum.ui.apparatus.internal;

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.siglum.apparatus.Correction;

/** The questions the suspects commands ask; tests open the same dialogs and drive them. */
interface SuspectDialogs {

    /** Asks for the correction of one suspect; null if the person cancelled. */
    Correction askForCorrection(Shell shell, Correction proposed, List<String> witnesses, List<String> types);

    /** Asks which places to correct, and how; the model with the choices, or null if the person cancelled. */
    SeriesModel askForSeries(Shell shell, SeriesModel model, List<String> witnesses, List<String> types);

    /** The JFace dialogs. */
    SuspectDialogs SWT = new SuspectDialogs() {
        @Override
        public Correction askForCorrection(Shell shell, Correction proposed, List<String> witnesses,
                List<String> types) {
            RecordSuspectDialog dialog = new RecordSuspectDialog(shell, proposed, witnesses, types);
            return dialog.open() == Window.OK ? dialog.result() : null;
        }

        @Override
        public SeriesModel askForSeries(Shell shell, SeriesModel model, List<String> witnesses, List<String> types) {
            SeriesDialog dialog = new SeriesDialog(shell, model, witnesses, types);
            return dialog.open() == Window.OK ? dialog.result() : null;
        }
    };
}
