package io.guichet.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code mail_outbox}. Plain SQL that PostgreSQL and H2 both run; every
 * method joins the caller's transaction.
 */
@Repository
class OutboxRows {

	static final String JOB = "JOB";

	static final String QUEUE = "QUEUE";

	static final String PENDING = "PENDING";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	private static final String COLUMNS = "id, mail_key, message_id, template, recipient, status, attempts, content,"
			+ " claimed_by, claimed_at, sent_by, sent_at";

	private final JdbcTemplate jdbc;

	OutboxRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The row of this e-mail, locked until the transaction ends. */
	Optional<Row> lock(String key) {
		return this.jdbc
			.query("select " + COLUMNS + " from mail_outbox where mail_key = ? for update", OutboxRows::row, key)
			.stream()
			.findFirst();
	}

	void insertClaimed(Row row, String subject, String node, Instant now) {
		this.jdbc.update(
				"insert into mail_outbox (id, mail_key, message_id, via, template, recipient, subject,"
						+ " status, attempts, next_attempt_at, claimed_by, claimed_at, created_by, created_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
				row.id(), row.key(), row.messageId(), JOB, row.template(), row.recipient(), subject, SENDING, time(now),
				node, time(now), node, time(now));
	}

	void reclaim(UUID id, String recipient, String subject, String node, Instant now) {
		this.jdbc.update(
				"update mail_outbox set status = ?, attempts = attempts + 1, recipient = ?, subject = ?,"
						+ " claimed_by = ?, claimed_at = ?, last_error = null where id = ?",
				SENDING, recipient, subject, node, time(now), id);
	}

	/** Adds a queued e-mail unless one of that name exists; true when added. */
	boolean insertQueued(Row row, String subject, String node, Instant now) {
		return this.jdbc.update(
				"insert into mail_outbox (id, mail_key, message_id, via, template, recipient, subject,"
						+ " content, status, attempts, next_attempt_at, created_by, created_at)"
						+ " select ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?"
						+ " where not exists (select 1 from mail_outbox where mail_key = ?)",
				row.id(), row.key(), row.messageId(), QUEUE, row.template(), row.recipient(), subject, row.content(),
				PENDING, time(now), node, time(now), row.key()) == 1;
	}

	/**
	 * Claims up to {@code limit} queued e-mails that are due, or whose claim is older
	 * than {@code staleBefore}. Rows another transaction holds are skipped, so
	 * dispatchers on several nodes never wait for each other nor claim the same row.
	 */
	List<Row> claimQueued(String node, Instant now, Instant staleBefore, int limit) {
		List<Row> due = this.jdbc.query(
				"select " + COLUMNS + " from mail_outbox where via = ?"
						+ " and ((status = ? and next_attempt_at <= ?) or (status = ? and claimed_at < ?))"
						+ " order by next_attempt_at limit ? for update skip locked",
				OutboxRows::row, QUEUE, PENDING, time(now), SENDING, time(staleBefore), limit);
		for (Row row : due) {
			this.jdbc.update("update mail_outbox set status = ?, attempts = attempts + 1, claimed_by = ?,"
					+ " claimed_at = ? where id = ?", SENDING, node, time(now), row.id());
		}
		return due;
	}

	/**
	 * Renews this node's claim on a queued e-mail just before it is sent, so that a long
	 * batch never outlives the lease; false when another node took the e-mail over.
	 */
	boolean renew(UUID id, String node, Instant now) {
		return this.jdbc.update("update mail_outbox set claimed_at = ? where id = ? and status = ? and claimed_by = ?",
				time(now), id, SENDING, node) == 1;
	}

	/**
	 * Marks e-mails sent, each in a transaction of its own (autocommit) on a connection
	 * of its own, taken and prepared before SMTP is called: once the server has accepted
	 * a message only the statement itself remains to be written to the database.
	 */
	SentMark sentMark(String node) {
		try {
			Connection connection = this.jdbc.getDataSource().getConnection();
			try {
				connection.setAutoCommit(true);
				PreparedStatement statement = connection.prepareStatement("update mail_outbox set status = '" + SENT
						+ "', sent_by = ?, sent_at = current_timestamp, content = null, last_error = null where id = ?");
				statement.setString(1, node);
				return new SentMark(connection, statement);
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No connection to record sent e-mails", ex);
		}
	}

	/**
	 * After a failed attempt: back to {@code status}, due again at {@code nextAttemptAt}.
	 */
	void release(UUID id, String status, Instant nextAttemptAt, String error) {
		this.jdbc.update(
				"update mail_outbox set status = ?, next_attempt_at = ?, claimed_by = null,"
						+ " claimed_at = null, last_error = ? where id = ?",
				status, time(nextAttemptAt), shorten(error), id);
	}

	int deleteDoneBefore(Instant before) {
		return this.jdbc.update("delete from mail_outbox where status in (?, ?) and created_at < ?", SENT, FAILED,
				time(before));
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static String shorten(String error) {
		return (error != null && error.length() > 1000) ? error.substring(0, 1000) : error;
	}

	private static Row row(ResultSet rs, int index) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("mail_key"), rs.getString("message_id"),
				rs.getString("template"), rs.getString("recipient"), rs.getString("status"), rs.getInt("attempts"),
				rs.getBytes("content"), rs.getString("claimed_by"), instant(rs, "claimed_at"), rs.getString("sent_by"),
				instant(rs, "sent_at"));
	}

	/** See {@link OutboxRows#sentMark}. */
	static final class SentMark implements AutoCloseable {

		private final Connection connection;

		private final PreparedStatement statement;

		private SentMark(Connection connection, PreparedStatement statement) {
			this.connection = connection;
			this.statement = statement;
		}

		void mark(UUID id) {
			try {
				this.statement.setObject(2, id);
				this.statement.executeUpdate();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("E-mail " + id + " sent but not recorded as sent", ex);
			}
		}

		@Override
		public void close() {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				// the pool discards it
			}
		}

	}

	/** One e-mail; {@code content} only for queued ones not sent yet. */
	record Row(UUID id, String key, String messageId, String template, String recipient, String status, int attempts,
			byte[] content, String claimedBy, Instant claimedAt, String sentBy, Instant sentAt) {

		static Row of(String key, String messageId, String template, String recipient, byte[] content) {
			return new Row(UUID.randomUUID(), key, messageId, template, recipient, null, 0, content, null, null, null,
					null);
		}

	}

}
