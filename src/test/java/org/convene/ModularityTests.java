package org.convene;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md holds: no cycles, no reaching into another module's
 * internals, and inside a module its API and its rooms (sub-packages, STYLE.md "A module with
 * rooms") depend on each other without a cycle. Also writes the module diagrams (PlantUML and
 * canvases) to {@code target/spring-modulith-docs}; to refresh the committed copy in
 * {@code docs/modules}, run {@code ./mvnw test -Dtest=ModularityTests -Dconvene.docs=docs/modules}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ConveneApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Every package is a slice of its own, so a module's root package (its API) and each of its rooms
     * are checked against each other, and {@code web} against {@code web.api}.
     */
    @Test
    void packagesInsideAModuleFormNoCycle() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.convene");
        slices().matching("org.convene.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void writesModuleDocumentation() {
        var folder = System.getProperty("convene.docs", "target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
