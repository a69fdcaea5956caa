package io.guichet;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each top-level package is a module that uses only the modules it declares
 * ({@code package-info.java}) and only their published types (those of their root
 * package); the module documentation under {@code docs/modules/} is written from the same
 * model, so a change of structure shows in the committed diagrams.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GuichetApplication.class);

	@Test
	void shouldKeepEveryModuleToItsDeclaredDependencies() {
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("access",
				"audit", "client", "common", "config", "console", "contact", "document", "engine", "imports",
				"notification", "portal", "project", "staff");
		this.modules.verify();
	}

	@Test
	void shouldWriteTheModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
