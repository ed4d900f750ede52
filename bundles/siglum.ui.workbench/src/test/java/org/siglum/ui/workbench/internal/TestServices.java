package org.siglum.ui.workbench.internal;

import org.siglum.apparatus.internal.DocumentApparatus;
import org.siglum.suspects.internal.ThaiSuspectFinder;
import org.siglum.ui.workbench.internal.checks.Services;
import org.siglum.validation.internal.ValidationService;
import org.siglum.validation.internal.assist.RngSchemaGuide;

/** The real service components, made once per test JVM (the validator compiles its schemas once). */
final class TestServices {

    private static Services services;

    private TestServices() {
    }

    static synchronized Services get() {
        if (services == null) {
            services = new Services(new ValidationService(), new DocumentApparatus(), new ThaiSuspectFinder(),
                    new RngSchemaGuide());
        }
        return services;
    }
}
