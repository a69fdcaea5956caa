package io.guichet.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imports and their lines, in plain SQL: lines are written and read in batches, and
 * the claim of an import by a worker is one conditional update.
 */
@Repository
class ImportStore {

	private static final String STATUS_COLUMNS = "id, file_name, state, created_by, create_clients, columns_present,"
			+ " total_rows, processed_rows, created_count, updated_count, unchanged_count, rejected_count,"
			+ " invited_count, failure, created_at, analysed_at, started_at, finished_at, report_mailed_at";

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

	ImportStore(JdbcClient sql, JdbcTemplate jdbc, ObjectMapper json) {
		this.sql = sql;
		this.jdbc = jdbc;
		this.json = json;
	}

	void create(UUID id, String fileName, Uploader uploader, boolean createClients, List<Column> columns, int total,
			Instant now) {
		this.sql
			.sql("insert into contact_import (id, file_name, state, created_by, created_by_admin, language,"
					+ " create_clients, columns_present, total_rows, processed_rows, created_count, updated_count,"
					+ " unchanged_count, rejected_count, invited_count, created_at, report_mail_tries)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, ?, 0)")
			.params(id, fileName, ImportState.ANALYSING.name(), uploader.name(), uploader.admin(), uploader.language(),
					createClients, String.join(",", columns.stream().map(Column::header).toList()), total, time(now))
			.update();
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

	Optional<ImportStatus> find(UUID id) {
		return this.sql.sql("select " + STATUS_COLUMNS + " from contact_import where id = ?")
			.param(id)
			.query(this::status)
			.optional();
	}

	Optional<Uploader> uploader(UUID id) {
		return this.sql.sql("select created_by, created_by_admin, language from contact_import where id = ?")
			.param(id)
			.query((rs, n) -> new Uploader(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
			.optional();
	}

	/** Newest first: every import for an admin, else this user's own. */
	List<ImportStatus> recent(String user, boolean all, int limit) {
		return this.sql
			.sql("select " + STATUS_COLUMNS + " from contact_import where (? = true or created_by = ?)"
					+ " order by created_at desc fetch first ? rows only")
			.params(all, user, limit)
			.query(this::status)
			.list();
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

	/**
	 * Takes the import for one worker if it is waiting or its worker has gone silent;
	 * true when this worker got it.
	 */
	boolean claim(UUID id, String owner, Instant now, Instant staleBefore) {
		return this.sql.sql(
				"update contact_import set owner = ?, heartbeat_at = ? where id = ? and state in ('ANALYSING', 'RUNNING')"
						+ " and (owner is null or heartbeat_at < ?)")
			.params(owner, time(now), id, time(staleBefore))
			.update() == 1;
	}

	/**
	 * Progress and proof of life; false when another worker has taken the import over.
	 */
	boolean beat(UUID id, String owner, Instant now, int processed, Counts counts) {
		return this.sql
			.sql("update contact_import set heartbeat_at = ?, processed_rows = ?, created_count = ?, updated_count = ?,"
					+ " unchanged_count = ?, rejected_count = ?, invited_count = ? where id = ? and owner = ?")
			.params(time(now), processed, counts.created(), counts.updated(), counts.unchanged(), counts.rejected(),
					counts.invited(), id, owner)
			.update() == 1;
	}

	boolean finish(UUID id, String owner, ImportState next, Instant now) {
		String stamp = (next == ImportState.ANALYSED) ? "analysed_at" : "finished_at";
		return this.sql
			.sql("update contact_import set state = ?, owner = null, heartbeat_at = null, " + stamp + " = ?"
					+ " where id = ? and owner = ?")
			.params(next.name(), time(now), id, owner)
			.update() == 1;
	}

	/** Gives the import back, for any worker to go on with it. */
	void release(UUID id, String owner) {
		this.sql.sql("update contact_import set owner = null, heartbeat_at = null where id = ? and owner = ?")
			.params(id, owner)
			.update();
	}

	void fail(UUID id, String owner, String failure, Instant now) {
		this.sql
			.sql("update contact_import set state = 'FAILED', owner = null, heartbeat_at = null, failure = ?,"
					+ " finished_at = ? where id = ? and owner = ?")
			.params((failure.length() > 1000) ? failure.substring(0, 1000) : failure, time(now), id, owner)
			.update();
	}

	/** From the report to the real run; false unless the dry run is over. */
	boolean startRun(UUID id, Instant now) {
		return this.sql
			.sql("update contact_import set state = 'RUNNING', owner = null, heartbeat_at = null, processed_rows = 0,"
					+ " created_count = 0, updated_count = 0, unchanged_count = 0, rejected_count = 0,"
					+ " invited_count = 0, started_at = ? where id = ? and state = 'ANALYSED'")
			.params(time(now), id)
			.update() == 1;
	}

	/** Imports that wait for a worker, or whose worker went silent. */
	List<UUID> claimable(Instant staleBefore) {
		return this.sql
			.sql("select id from contact_import where state in ('ANALYSING', 'RUNNING')"
					+ " and (owner is null or heartbeat_at < ?) order by created_at")
			.param(time(staleBefore))
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
	}

	/** Finished imports whose report e-mail has not gone out yet (a few tries). */
	List<UUID> reportsToMail(int maxTries) {
		return this.sql
			.sql("select id from contact_import where state in ('DONE', 'FAILED') and report_mailed_at is null"
					+ " and report_mail_tries < ?")
			.param(maxTries)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
	}

	/** One try to send the report; true for the one worker that may send it now. */
	boolean takeReportMail(UUID id, int tries) {
		return this.sql
			.sql("update contact_import set report_mail_tries = report_mail_tries + 1 where id = ?"
					+ " and report_mailed_at is null and report_mail_tries = ?")
			.params(id, tries)
			.update() == 1;
	}

	int reportMailTries(UUID id) {
		return this.sql.sql("select report_mail_tries from contact_import where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	void reportMailed(UUID id, Instant now) {
		this.sql.sql("update contact_import set report_mailed_at = ? where id = ?").params(time(now), id).update();
	}

	/** Deletes an import that no worker holds; false otherwise. */
	boolean delete(UUID id) {
		return this.sql.sql("delete from contact_import where id = ? and state not in ('ANALYSING', 'RUNNING')")
			.param(id)
			.update() == 1;
	}

	/** Deletes the finished imports (and their lines) created before this time. */
	int purge(Instant before) {
		this.sql
			.sql("delete from contact_import_row where import_id in (select id from contact_import"
					+ " where created_at < ? and state not in ('ANALYSING', 'RUNNING'))")
			.param(time(before))
			.update();
		return this.sql.sql("delete from contact_import where created_at < ? and state not in ('ANALYSING', 'RUNNING')")
			.param(time(before))
			.update();
	}

	private ImportStatus status(ResultSet rs, int n) throws SQLException {
		Counts counts = new Counts(rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
				rs.getInt("rejected_count"), rs.getInt("invited_count"));
		return new ImportStatus(rs.getObject("id", UUID.class), rs.getString("file_name"),
				ImportState.valueOf(rs.getString("state")), rs.getString("created_by"), rs.getBoolean("create_clients"),
				List.of(rs.getString("columns_present").split(",")), rs.getInt("total_rows"),
				rs.getInt("processed_rows"), counts, rs.getString("failure"), instant(rs, "created_at"),
				instant(rs, "analysed_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
				instant(rs, "report_mailed_at"));
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
				Map<String, Object> byHeader = new java.util.LinkedHashMap<>();
				map.forEach((column, cell) -> byHeader.put(((Column) column).header(), cell));
				return this.json.writeValueAsString(byHeader);
			}
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unwritable import line", ex);
		}
	}

	private static OffsetDateTime time(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	/** Who uploaded an import: their rights apply to it, their language to its e-mail. */
	record Uploader(String name, boolean admin, String language) {
	}

	/** A line as the upload found it; problems when the file alone refuses it. */
	record NewLine(int row, String email, Map<Column, String> cells, List<Problem> problems) {
	}

	record StoredLine(int row, Map<Column, String> cells) {
	}

	record PendingLine(StoredLine line, Outcome planned, List<Problem> problems) {
	}

}
