package io.guichet.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row counts of Guichet's tables and of the engine's runtime and history of
 * instances: a refusal must leave them as they were. Tests run one after the other, so
 * the counts move only with what the test under way does.
 */
public final class Writes {

	private final DataSource dataSource;

	private final List<String> tables;

	public Writes(DataSource dataSource) {
		this.dataSource = dataSource;
		this.tables = tables(dataSource);
	}

	public Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String table : this.tables) {
				try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
					result.next();
					counts.put(table.toLowerCase(Locale.ROOT), result.getLong(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return counts;
	}

	/** Runs the refused call and checks that no table moved. */
	public <T> T none(String what, java.util.function.Supplier<T> call) {
		Map<String, Long> before = counts();
		T result = call.get();
		assertThat(counts()).as("nothing written by %s", what).isEqualTo(before);
		return result;
	}

	private static List<String> tables(DataSource dataSource) {
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet result = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (result.next()) {
					String name = result.getString("TABLE_NAME");
					String lower = name.toLowerCase(Locale.ROOT);
					boolean engine = lower.startsWith("act_") || lower.startsWith("qrtz_");
					boolean kept = !engine && !lower.contains("flyway") && !lower.equals("event_publication");
					if (kept || List
						.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job", "act_hi_procinst",
								"act_ru_authorization")
						.contains(lower)) {
						tables.add(name);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(tables).as("Guichet's tables").hasSizeGreaterThan(5);
		return tables;
	}

}
