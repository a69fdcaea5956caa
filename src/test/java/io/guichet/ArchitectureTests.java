package io.guichet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What the module model does not check: entities and repositories stay inside their
 * module's package; web types (controllers, their DTOs) are used by nothing else, not
 * even in their own module; Camunda's API is used by the engine package and the modules'
 * {@code process} packages only, so that a move to another engine changes those alone.
 */
class ArchitectureTests {

	private static final JavaClasses GUICHET = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.guichet");

	@Test
	void shouldKeepEntitiesAndRepositoriesInsideTheirPackage() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.because("other modules see records and façades, never entities")
			.check(GUICHET);
	}

	@Test
	void shouldUseWebTypesOnlyFromTheWeb() {
		noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.guichet..web..")
			.because("a door's input model is the module's command, not the door's own type")
			.check(GUICHET);
	}

	@Test
	void shouldUseCamundaOnlyInTheEnginePackageAndTheProcessPackages() {
		noClasses().that()
			.resideOutsideOfPackages("io.guichet.engine..", "io.guichet..process..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda.bpm..")
			.because("a move to Operaton then changes those packages and the BPMN namespace only")
			.check(GUICHET);
	}

}
