package org.siglum.export;

/** The user cancelled the export; nothing was left in place of existing files. */
public class ExportCanceledException extends ExportException {
    private static final long serialVersionUID = 1L;

    public ExportCanceledException() {
        super("export cancelled");
    }
}
