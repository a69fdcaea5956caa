package io.guichet.engine;

import io.guichet.support.GuichetTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Tasklist filter an earlier version made under its English name only is named in both
 * languages at the next start, keeping its id (and so its grants and anyone's links).
 */
@GuichetTest
class TasklistFilterNamesTests {

	private static final String NAME = "Registrations to review · Inscriptions à examiner";

	@Autowired
	FilterService filters;

	@Autowired
	StaffBootstrap bootstrap;

	@Test
	void shouldNameAnEarlierEnglishOnlyFilterInBothLanguages() {
		Filter filter = this.filters.createFilterQuery().filterName(NAME).singleResult();
		String id = filter.getId();
		filter.setName("Registrations to review");
		this.filters.saveFilter(filter);

		this.bootstrap.bootstrap();

		assertThat(this.filters.createFilterQuery().filterName("Registrations to review").count()).isZero();
		Filter renamed = this.filters.createFilterQuery().filterName(NAME).singleResult();
		assertThat(renamed.getId()).isEqualTo(id);
		assertThat(renamed.getProperties().get("description").toString()).contains(" · ");
	}

}
