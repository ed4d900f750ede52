package org.siglum.ui.workbench.internal;

import org.siglum.suspects.internal.ThaiSuspectFinder;
import org.siglum.ui.workbench.internal.checks.CheckServices;
import org.siglum.validation.internal.JingSchematronValidator;
import org.siglum.validation.internal.assist.RngSchemaGuide;

/** The real service components, made once per test JVM (the validator compiles its schemas once). */
final class TestServices {

    private static CheckServices services;

    private TestServices() {
    }

    static synchronized CheckServices get() {
        if (services == null) {
            services = new CheckServices(new JingSchematronValidator(), new ThaiSuspectFinder(), new RngSchemaGuide());
        }
        return services;
    }
}
