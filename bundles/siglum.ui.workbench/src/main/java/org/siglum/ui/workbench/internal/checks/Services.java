package org.siglum.ui.workbench.internal.checks;

import java.util.Objects;

import org.siglum.apparatus.ApparatusService;
import org.siglum.suspects.SuspectFinder;
import org.siglum.validation.Validator;
import org.siglum.validation.assist.SchemaGuide;

/**
 * The services the window calls, handed to it by the workbench component (DS references) or by a test (the real
 * components constructed with {@code new}).
 */
public record Services(Validator validator, ApparatusService apparatus, SuspectFinder suspects, SchemaGuide guide) {

    /** Without a schema guide: the editor offers no content assistance. */
    public Services(Validator validator, ApparatusService apparatus, SuspectFinder suspects) {
        this(validator, apparatus, suspects, null);
    }

    public Services {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(apparatus, "apparatus");
        Objects.requireNonNull(suspects, "suspects");
    }
}
