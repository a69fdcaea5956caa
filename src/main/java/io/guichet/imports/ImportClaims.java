package io.guichet.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.guichet.imports.ImportStore.time;

/**
 * Which worker holds an import, each change one conditional update: a worker claims it,
 * keeps saying it is alive, and gives it back or finishes it; a silent worker's import
 * can be claimed by another.
 */
@Repository
class ImportClaims {

	private final JdbcClient sql;

	ImportClaims(JdbcClient sql) {
		this.sql = sql;
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

	/** Imports that wait for a worker, or whose worker went silent. */
	List<UUID> claimable(Instant staleBefore) {
		return this.sql
			.sql("select id from contact_import where state in ('ANALYSING', 'RUNNING')"
					+ " and (owner is null or heartbeat_at < ?) order by created_at")
			.param(time(staleBefore))
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
	}

}
