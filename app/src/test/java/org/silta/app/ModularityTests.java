package org.silta.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Silta's modules keep to their borders; the module documentation is written from the code. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Silta.class);

    @Test
    void modulesKeepToTheirBorders() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
