package org.siglum.ui.workbench.internal.checks;

import java.util.Objects;

import org.siglum.apparatus.ApparatusService;
import org.siglum.suspects.SuspectFinder;
import org.siglum.validation.Validator;

/**
 * The services the window calls, handed to it by the workbench component (DS references) or by a test (the real
 * components constructed with {@code new}).
 */
public record Services(Validator validator, ApparatusService apparatus, SuspectFinder suspects) {

    public Services {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(apparatus, "apparatus");
        Objects.requireNonNull(suspects, "suspects");
    }
}
