package org.siglum.ui.workbench.internal.checks;

import java.util.List;

import org.siglum.suspects.Suspect;
import org.siglum.validation.Finding;

/**
 * What a background check found in one version of the text.
 *
 * @param generation which request this answers; older answers than the newest request are dropped
 * @param text the text that was checked, so offsets can be trusted only while the document still holds it
 * @param findings validation findings in document order
 * @param suspects OCR suspects, offsets into {@code text}
 * @param failure why validation could not run (a schema that does not compile), or null
 * @param millis how long the check took
 */
public record CheckResult(long generation, String text, List<Finding> findings, List<Suspect> suspects, String failure,
        long millis) {

    public CheckResult {
        findings = List.copyOf(findings);
        suspects = List.copyOf(suspects);
    }

    /** The number of errors among the findings. */
    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }
}
