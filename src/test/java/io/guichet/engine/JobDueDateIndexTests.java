package io.guichet.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import io.guichet.support.GuichetTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job acquisition's indexes exist once the engine has started: the due date on every
 * database, the locked jobs by instance on PostgreSQL.
 */
@GuichetTest
class JobDueDateIndexTests {

	@Autowired
	DataSource dataSource;

	@Test
	void shouldIndexTheJobTableForTheAcquisition() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			List<String> indexes = new ArrayList<>();
			try (ResultSet rows = connection.getMetaData()
				.getIndexInfo(null, null, postgres ? "act_ru_job" : "ACT_RU_JOB", false, false)) {
				while (rows.next()) {
					if (rows.getString("INDEX_NAME") != null) {
						indexes.add(rows.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
			assertThat(indexes).contains("guichet_idx_job_duedate");
			if (postgres) {
				assertThat(indexes).contains("guichet_idx_job_locked");
			}
		}
	}

}
