package org.siglum.ui.workbench.internal.checks;

import java.util.Objects;

import org.siglum.suspects.SuspectFinder;
import org.siglum.validation.Validator;
import org.siglum.validation.assist.SchemaGuide;

/**
 * The services the window's checks as you type call, handed to it by the workbench component (DS references) or by
 * a test (the real components constructed with {@code new}).
 */
public record CheckServices(Validator validator, SuspectFinder suspects, SchemaGuide guide) {

    /** Without a schema guide: the editor offers no content assistance. */
    public CheckServices(Validator validator, SuspectFinder suspects) {
        this(validator, suspects, null);
    }

    public CheckServices {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(suspects, "suspects");
    }
}
