package org.convene;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md holds: no cycles, no reaching into another module's
 * internals. Also writes the module diagrams (PlantUML and canvases) to
 * {@code target/spring-modulith-docs}; to refresh the committed copy in {@code docs/modules}, run
 * {@code ./mvnw test -Dtest=ModularityTests -Dconvene.docs=docs/modules}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ConveneApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        var folder = System.getProperty("convene.docs", "target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
