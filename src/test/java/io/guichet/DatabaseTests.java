package io.guichet;

import java.sql.Connection;

import javax.sql.DataSource;

import io.guichet.support.GuichetTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite runs on the database its Maven profile promises (H2 by default, -Ppostgres).
 */
@GuichetTest
class DatabaseTests {

	@Autowired
	DataSource dataSource;

	@Test
	void shouldRunOnTheDatabaseOfTheProfile() throws Exception {
		String expected = System.getProperty("guichet.test.database", "H2");
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
		}
	}

}
