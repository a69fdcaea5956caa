package io.guichet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JDBC to one of the benchmark's own PostgreSQL databases. */
final class BenchDatabase implements AutoCloseable {

	private final BenchSettings settings;

	private final String name;

	private Connection connection;

	BenchDatabase(BenchSettings settings, String name) {
		this.settings = settings;
		this.name = name;
	}

	String url() {
		return this.settings.url(this.name);
	}

	/**
	 * A new connection; waits up to a minute while PostgreSQL has no connection slot
	 * left (other builds share the server).
	 */
	Connection open() throws SQLException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (true) {
			try {
				return DriverManager.getConnection(url(), this.settings.pgUser(), this.settings.pgPassword());
			}
			catch (SQLException ex) {
				if (!"53300".equals(ex.getSQLState()) || System.nanoTime() > deadline) {
					throw ex;
				}
				System.out.println("[bench] PostgreSQL has no connection slot left; trying again");
				Machine.sleep(1000);
			}
		}
	}

	/** Drops and creates the database: each run starts empty. */
	void recreate() throws SQLException {
		close();
		try (Connection admin = DriverManager.getConnection(this.settings.url("postgres"), this.settings.pgUser(),
				this.settings.pgPassword()); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + this.name);
		}
	}

	synchronized long count(String sql, Object... parameters) {
		try (PreparedStatement statement = connection().prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getLong(1) : 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	synchronized List<String> strings(String sql) {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = connection().prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	synchronized int update(String sql) {
		try (Statement statement = connection().createStatement()) {
			return statement.executeUpdate(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/** Rows of every Camunda table (act_*), by table. */
	synchronized Map<String, Long> engineRowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : strings("select table_name from information_schema.tables"
				+ " where table_schema = 'public' and table_name like 'act\\_%' order by 1")) {
			counts.put(table, count("select count(*) from " + table));
		}
		return counts;
	}

	/**
	 * The engine's job-acquisition statement (Job.xml {@code selectNextJobsToExecute},
	 * with the starter's settings: no ordering, not deployment-aware, three jobs) under
	 * EXPLAIN ANALYZE: its execution time in milliseconds, the best of {@code runs}.
	 */
	synchronized double acquisitionMillis(int runs) {
		String sql = "explain (analyze, format json) select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_,"
				+ " RES.EXCLUSIVE_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0)"
				+ " and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now())"
				+ " and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1"
				+ " and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2"
				+ " where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)"
				+ " and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now())))"
				+ " or RES.EXCLUSIVE_ = false) LIMIT 3";
		double best = Double.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			try (Statement statement = connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
				rows.next();
				var plan = Api.JSON.readTree(rows.getString(1));
				best = Math.min(best, plan.get(0).get("Execution Time").asDouble());
			}
			catch (Exception ex) {
				throw new IllegalStateException(sql, ex);
			}
		}
		return best;
	}

	private Connection connection() throws SQLException {
		if (this.connection == null || this.connection.isClosed()) {
			this.connection = open();
		}
		return this.connection;
	}

	@Override
	public synchronized void close() throws SQLException {
		if (this.connection != null) {
			this.connection.close();
			this.connection = null;
		}
	}

}
