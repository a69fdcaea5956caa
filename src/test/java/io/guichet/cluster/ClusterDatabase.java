package io.guichet.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.fail;

/**
 * The PostgreSQL database of the nodes under test, read by the test to see who did what:
 * the mail outbox ({@code sent_by}, {@code claimed_by}), Camunda's job log
 * ({@code hostname_}) and running jobs ({@code lock_owner_}); the crash test reads what
 * survived with {@link #count} and {@link #rows}.
 */
final class ClusterDatabase {

	private final String host;

	private final int port;

	private final String user;

	private final String password;

	private final String name;

	/** One connection for the test's queries, opened at the first. */
	private Connection connection;

	ClusterDatabase(String host, int port, String user, String password, String name) {
		this.host = host;
		this.port = port;
		this.user = user;
		this.password = password;
		this.name = name;
	}

	String url() {
		return url(this.name);
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	/**
	 * Host, port, user and password from the system properties
	 * {@code guichet.cluster.pg-*} (PostgreSQL of {@code .ci/run} by default); the
	 * database from {@code property} or {@code variable}, else {@code name}.
	 */
	static ClusterDatabase fromSettings(String property, String variable, String name) {
		return new ClusterDatabase(System.getProperty("guichet.cluster.pg-host", "127.0.0.1"),
				Integer.getInteger("guichet.cluster.pg-port", 5432),
				System.getProperty("guichet.cluster.pg-user", "postgres"),
				System.getProperty("guichet.cluster.pg-password", ""),
				System.getProperty(property, System.getenv().getOrDefault(variable, name)));
	}

	/** Drops and creates the database: each run starts empty. */
	void recreate() {
		try (Connection connection = DriverManager.getConnection(url("postgres"), this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + this.name);
		}
		catch (SQLException ex) {
			fail("PostgreSQL is not reachable at " + this.host + ":" + this.port + " as " + this.user
					+ " (the test needs it): " + ex.getMessage(), ex);
		}
	}

	/**
	 * E-mails sent, per node and kind (invitation, re-invitation, document-reminder,
	 * invitation-expired).
	 */
	Map<String, Map<String, Long>> sentPerNode() {
		Map<String, Map<String, Long>> sent = new TreeMap<>();
		query("select sent_by, case when template = 'invitation' and mail_key like '%/1' then 'invitation'"
				+ " when template = 'invitation' then 're-invitation' else template end, count(*)"
				+ " from mail_outbox where status = 'SENT' group by 1, 2", (rows) -> {
					while (rows.next()) {
						sent.computeIfAbsent(rows.getString(1), (node) -> new TreeMap<>())
							.put(rows.getString(2), rows.getLong(3));
					}
					return null;
				});
		return sent;
	}

	long sent(String node, String kind) {
		return sentPerNode().getOrDefault(node, Map.of()).getOrDefault(kind, 0L);
	}

	long sentRows() {
		return count("select count(*) from mail_outbox where status = 'SENT'");
	}

	/** Outbox rows not sent yet, or given up. */
	long unfinished() {
		return count("select count(*) from mail_outbox where status <> 'SENT'");
	}

	/** The database's clock. */
	Instant now() {
		return query("select now()", (rows) -> {
			rows.next();
			return rows.getTimestamp(1).toInstant();
		});
	}

	/**
	 * Jobs still locked by {@code node} (dead: they wait for their lock to run out) and
	 * timers that were due at {@code at} and have not fired.
	 */
	long jobsLeft(String node, Instant at) {
		return count("select count(*) from act_ru_job where lock_owner_ = '" + node
				+ "' or (handler_type_ like 'timer%'" + " and duedate_ <= '" + Timestamp.from(at) + "')");
	}

	/** What the node held when it died: e-mail claims and locked Camunda jobs. */
	Map<String, Long> inFlight(String node) {
		Map<String, Long> held = new LinkedHashMap<>();
		held.put("e-mail claims",
				count("select count(*) from mail_outbox where status = 'SENDING' and claimed_by = '" + node + "'"));
		held.put("locked jobs",
				count("select count(*) from act_ru_job where lock_owner_ = '" + node + "' and lock_exp_time_ > now()"));
		return held;
	}

	/** Successful executions of the jobs of one activity, per node (Camunda hostname). */
	Map<String, Long> jobLogPerHost(String activityId) {
		Map<String, Long> split = new TreeMap<>();
		query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = '" + activityId
				+ "' group by hostname_", (rows) -> {
					while (rows.next()) {
						split.put(rows.getString(1), rows.getLong(2));
					}
					return null;
				});
		return split;
	}

	long count(String sql) {
		return query(sql, (rows) -> rows.next() ? rows.getLong(1) : 0L);
	}

	/** Every row of a query, its columns as text (null stays null). */
	List<List<String>> rows(String sql) {
		return query(sql, (rows) -> {
			List<List<String>> all = new ArrayList<>();
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				List<String> row = new ArrayList<>(columns);
				for (int i = 1; i <= columns; i++) {
					row.add(rows.getString(i));
				}
				all.add(row);
			}
			return all;
		});
	}

	/** The first column of every row of a query. */
	List<String> column(String sql) {
		return rows(sql).stream().map((row) -> row.get(0)).toList();
	}

	private synchronized <T> T query(String sql, Rows<T> reader) {
		try {
			if (this.connection == null) {
				this.connection = DriverManager.getConnection(url(), this.user, this.password);
			}
			try (PreparedStatement statement = this.connection.prepareStatement(sql);
					ResultSet rows = statement.executeQuery()) {
				return reader.read(rows);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	synchronized void close() throws SQLException {
		if (this.connection != null) {
			this.connection.close();
		}
	}

	private String url(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	@FunctionalInterface
	private interface Rows<T> {

		T read(ResultSet rows) throws SQLException;

	}

}
