package org.gridgov.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.gridgov.city.City;
import org.junit.jupiter.api.Test;

/** governance-core runs as the named module its module-info declares, requiring no rule engine. */
class CoreIsANamedModuleTest {

    @Test
    void theCoreIsTheModuleOrgGridgovCoreAndExportsItsModel() {
        Module core = City.class.getModule();
        assertThat(core.getName()).isEqualTo("org.gridgov.core");
        assertThat(core.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .contains("org.gridgov.engine", "org.gridgov.routing", "org.gridgov.escalation", "org.gridgov.evaluation");
        assertThat(core.getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .noneMatch(n -> n.startsWith("org.drools") || n.startsWith("org.kie"));
    }
}
