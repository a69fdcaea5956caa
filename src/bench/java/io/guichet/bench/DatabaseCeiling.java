package io.guichet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The database's own ceiling: one single-row INSERT and its COMMIT per call, each client
 * on its own connection, from this JVM.
 */
final class DatabaseCeiling {

	private DatabaseCeiling() {
	}

	/** A level's figures and the CPU per commit of its backends and of this JVM. */
	record Measured(Load.Result result, String cpu) {
	}

	static Measured run(BenchDatabase database, int clients, Duration duration) throws SQLException {
		try (Connection setup = database.open(); Statement statement = setup.createStatement()) {
			statement.execute("create table if not exists bench_ceiling (id bigserial primary key,"
					+ " client integer not null, payload varchar(100) not null, created_at timestamptz not null)");
		}
		List<Connection> connections = new ArrayList<>();
		List<PreparedStatement> inserts = new ArrayList<>();
		try {
			for (int c = 0; c < clients; c++) {
				Connection connection = database.open();
				connection.setAutoCommit(false);
				connections.add(connection);
				inserts.add(connection.prepareStatement(
						"insert into bench_ceiling (client, payload, created_at) values (?, ?, now())"));
			}
			// measured while the level's backends exist (they end with their connections)
			CpuMeter.Snapshot before = CpuMeter.take(-1, database);
			Load.Result result = Load.run(clients, duration, (client, sequence) -> {
				PreparedStatement insert = inserts.get(client);
				insert.setInt(1, client);
				insert.setString(2, "row " + sequence);
				insert.executeUpdate();
				connections.get(client).commit();
				return 200;
			});
			return new Measured(result, CpuMeter.take(-1, database).perOperation(before, result.done()));
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

}
