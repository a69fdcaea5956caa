package io.guichet.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lines of the imports, in plain SQL: written and read in batches; their cells and
 * what was found about them are kept as JSON.
 */
@Repository
class ImportLines {

	private static final String LINE_COLUMNS = "line_no, email, planned, result, invites, contact_id, client_name,"
			+ " changes, problems, notes";

	private static final TypeReference<Map<String, String>> CELLS = new TypeReference<>() {
	};

	private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	ImportLines(JdbcClient sql, JdbcTemplate jdbc, ObjectMapper json) {
		this.sql = sql;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** New lines; those refused for what the file itself shows come already planned. */
	void insertLines(UUID id, List<NewLine> lines) {
		this.jdbc
			.batchUpdate("insert into contact_import_row (import_id, line_no, email, cells, planned, invites, problems)"
					+ " values (?, ?, ?, ?, ?, false, ?)", lines, 500, (statement, line) -> {
						statement.setObject(1, id);
						statement.setInt(2, line.row());
						statement.setString(3, line.email());
						statement.setString(4, write(line.cells()));
						statement.setString(5, line.problems().isEmpty() ? null : Outcome.REJECTED.name());
						statement.setString(6, line.problems().isEmpty() ? null : write(line.problems()));
					});
	}

	/** The next lines the dry run has not looked at yet, after this row. */
	List<StoredLine> unplanned(UUID id, int afterRow, int limit) {
		return this.sql
			.sql("select line_no, cells from contact_import_row where import_id = ? and line_no > ? and planned is null"
					+ " order by line_no fetch first ? rows only")
			.params(id, afterRow, limit)
			.query((rs, n) -> new StoredLine(rs.getInt(1), cells(rs.getString(2))))
			.list();
	}

	/**
	 * The next lines the real run has not written yet, after this row, with what the dry
	 * run found.
	 */
	List<PendingLine> unwritten(UUID id, int afterRow, int limit) {
		return this.sql
			.sql("select line_no, cells, planned, problems from contact_import_row where import_id = ? and line_no > ?"
					+ " and result is null order by line_no fetch first ? rows only")
			.params(id, afterRow, limit)
			.query((rs, n) -> new PendingLine(new StoredLine(rs.getInt(1), cells(rs.getString(2))),
					Outcome.valueOf(rs.getString(3)), problems(rs.getString(4))))
			.list();
	}

	void savePlans(UUID id, List<LinePlan> plans) {
		update(id, "planned", plans);
	}

	/** What the real run did with these lines (in the lines' transaction). */
	void saveResults(UUID id, List<LinePlan> done) {
		update(id, "result", done);
	}

	private void update(UUID id, String outcomeColumn, List<LinePlan> lines) {
		this.jdbc.batchUpdate(
				"update contact_import_row set " + outcomeColumn + " = ?, invites = ?, contact_id = ?,"
						+ " client_name = ?, changes = ?, problems = ?, notes = ? where import_id = ? and line_no = ?",
				lines, 500, (statement, line) -> {
					statement.setString(1, line.outcome().name());
					statement.setBoolean(2, line.invites());
					statement.setObject(3, line.contactId());
					statement.setString(4, line.newClientName());
					statement.setString(5, line.changes().isEmpty() ? null : write(line.changes()));
					statement.setString(6, line.problems().isEmpty() ? null : write(line.problems()));
					statement.setString(7, line.notes().isEmpty() ? null : write(line.notes()));
					statement.setObject(8, id);
					statement.setInt(9, line.row());
				});
	}

	/** The counts of the dry run (planned) or of the real run (result) so far. */
	Counts count(UUID id, boolean planned) {
		String column = planned ? "planned" : "result";
		Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
		int[] invited = { 0 };
		this.sql
			.sql("select " + column + ", invites, count(*) from contact_import_row where import_id = ? and " + column
					+ " is not null group by " + column + ", invites")
			.param(id)
			.query((ResultSet rs) -> {
				Outcome outcome = Outcome.valueOf(rs.getString(1));
				byOutcome.merge(outcome, rs.getInt(3), Integer::sum);
				invited[0] += rs.getBoolean(2) ? rs.getInt(3) : 0;
			});
		return Counts.of(byOutcome, invited[0]);
	}

	/** A page of the report, in row order; only one outcome when asked. */
	List<ReportLine> lines(UUID id, Outcome only, int offset, int limit) {
		String filter = (only != null) ? " and coalesce(result, planned) = ?" : "";
		List<Object> params = new ArrayList<>(Arrays.asList(id));
		if (only != null) {
			params.add(only.name());
		}
		params.add(offset);
		params.add(limit);
		return this.sql
			.sql("select " + LINE_COLUMNS + " from contact_import_row where import_id = ?" + filter
					+ " order by line_no offset ? rows fetch next ? rows only")
			.params(params)
			.query(this::line)
			.list();
	}

	int countLines(UUID id, Outcome only) {
		if (only == null) {
			return this.sql.sql("select count(*) from contact_import_row where import_id = ?")
				.param(id)
				.query(Integer.class)
				.single();
		}
		return this.sql
			.sql("select count(*) from contact_import_row where import_id = ? and coalesce(result, planned) = ?")
			.params(id, only.name())
			.query(Integer.class)
			.single();
	}

	/** Names of the clients the import creates (or created). */
	List<String> newClients(UUID id) {
		return this.sql
			.sql("select distinct client_name from contact_import_row where import_id = ? and client_name is not null"
					+ " and coalesce(result, planned) <> 'REJECTED' order by client_name")
			.param(id)
			.query(String.class)
			.list();
	}

	private ReportLine line(ResultSet rs, int n) throws SQLException {
		String result = rs.getString("result");
		String planned = rs.getString("planned");
		return new ReportLine(rs.getInt("line_no"), rs.getString("email"),
				(planned != null) ? Outcome.valueOf(planned) : null, (result != null) ? Outcome.valueOf(result) : null,
				rs.getBoolean("invites"), rs.getObject("contact_id", UUID.class), rs.getString("client_name"),
				read(rs.getString("changes"), STRINGS), problems(rs.getString("problems")),
				problems(rs.getString("notes")));
	}

	private Map<Column, String> cells(String text) {
		Map<Column, String> cells = new EnumMap<>(Column.class);
		read(text, CELLS).forEach((header, value) -> Column.ofHeader(header).ifPresent((c) -> cells.put(c, value)));
		return cells;
	}

	private List<Problem> problems(String text) {
		return read(text, PROBLEMS);
	}

	private <T> T read(String text, TypeReference<T> type) {
		try {
			return this.json.readValue((text != null) ? text : (type == CELLS) ? "{}" : "[]", type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable import line", ex);
		}
	}

	private String write(Object value) {
		try {
			if (value instanceof Map<?, ?> map) {
				Map<String, Object> byHeader = new LinkedHashMap<>();
				map.forEach((column, cell) -> byHeader.put(((Column) column).header(), cell));
				return this.json.writeValueAsString(byHeader);
			}
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unwritable import line", ex);
		}
	}

	/** A line as the upload found it; problems when the file alone refuses it. */
	record NewLine(int row, String email, Map<Column, String> cells, List<Problem> problems) {
	}

	record StoredLine(int row, Map<Column, String> cells) {
	}

	record PendingLine(StoredLine line, Outcome planned, List<Problem> problems) {
	}

}
