package org.infoplaza;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries honest and redraws the module diagrams in target/spring-modulith-docs. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_only_use_each_others_public_api_and_declared_dependencies() {
        modules.verify();
    }

    @Test
    void module_diagrams_can_be_rendered() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
