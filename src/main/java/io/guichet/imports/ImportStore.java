package io.guichet.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imports themselves, in plain SQL: created by an upload, read for their status,
 * started, discarded and purged, and the tries at their report e-mail. Their lines are in
 * {@link ImportLines}, the worker holding them in {@link ImportClaims}.
 */
@Repository
class ImportStore {

	private static final String STATUS_COLUMNS = "id, file_name, state, created_by, create_clients, columns_present,"
			+ " total_rows, processed_rows, created_count, updated_count, unchanged_count, rejected_count,"
			+ " invited_count, failure, created_at, analysed_at, started_at, finished_at, report_mailed_at";

	private final JdbcClient sql;

	ImportStore(JdbcClient sql) {
		this.sql = sql;
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

	/** From the report to the real run; false unless the dry run is over. */
	boolean startRun(UUID id, Instant now) {
		return this.sql
			.sql("update contact_import set state = 'RUNNING', owner = null, heartbeat_at = null, processed_rows = 0,"
					+ " created_count = 0, updated_count = 0, unchanged_count = 0, rejected_count = 0,"
					+ " invited_count = 0, started_at = ? where id = ? and state = 'ANALYSED'")
			.params(time(now), id)
			.update() == 1;
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

	static OffsetDateTime time(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	/** Who uploaded an import: their rights apply to it, their language to its e-mail. */
	record Uploader(String name, boolean admin, String language) {
	}

}
