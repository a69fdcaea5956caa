package io.guichet.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.guichet.support.GuichetTest;
import io.guichet.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each e-mail is sent once under its key, whatever fails around it. */
@GuichetTest
class MailOutboxTests {

	@Autowired
	ProcessMails processMails;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxClaims claims;

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxRows rows;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void smtpBack() {
		if (!TestMail.server().isRunning()) {
			TestMail.restart();
		}
	}

	@Test
	void shouldSendAKeyOnceWithItsOwnMessageId() throws MessagingException {
		String to = address();
		String key = "test/" + UUID.randomUUID();
		AtomicInteger written = new AtomicInteger();

		assertThat(this.processMails.sendOnce(key, () -> mail(to, written))).isTrue();
		assertThat(this.processMails.sendOnce(key, () -> mail(to, written))).isFalse();

		List<MimeMessage> received = TestMail.to(to);
		assertThat(received).hasSize(1);
		assertThat(written).hasValue(1);
		assertThat(received.get(0).getMessageID()).isEqualTo(this.mailer.messageId(key)).endsWith("@guichet.local>");
		assertThat(row(key, "status, sent_by, recipient")).containsEntry("STATUS", "SENT")
			.containsEntry("SENT_BY", this.claims.node())
			.containsEntry("RECIPIENT", to);
	}

	@Test
	void shouldThrowWhileSmtpIsDownAndSendOnceWhenItIsBack() {
		String to = address();
		String key = "test/" + UUID.randomUUID();
		TestMail.stop();
		assertThatThrownBy(() -> this.processMails.sendOnce(key, () -> mail(to, new AtomicInteger())))
			.isInstanceOf(MailException.class);
		assertThat(row(key, "status, claimed_by")).containsEntry("STATUS", "FAILED").containsEntry("CLAIMED_BY", null);

		TestMail.restart();
		assertThat(this.processMails.sendOnce(key, () -> mail(to, new AtomicInteger()))).isTrue();
		assertThat(this.processMails.sendOnce(key, () -> mail(to, new AtomicInteger()))).isFalse();
		assertThat(TestMail.to(to)).hasSize(1);
		assertThat(row(key, "attempts")).containsEntry("ATTEMPTS", 2);
	}

	@Test
	void shouldLeaveAFreshClaimOfAnotherNodeAloneAndRetakeAStaleOne() {
		String to = address();
		String fresh = "test/" + UUID.randomUUID();
		String stale = "test/" + UUID.randomUUID();
		claimedElsewhere(fresh, to, Instant.now());
		claimedElsewhere(stale, to, Instant.now().minus(Duration.ofMinutes(5)));

		assertThatThrownBy(() -> this.processMails.sendOnce(fresh, () -> mail(to, new AtomicInteger())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("dead-node");
		assertThat(this.processMails.sendOnce(stale, () -> mail(to, new AtomicInteger()))).isTrue();

		assertThat(TestMail.to(to)).hasSize(1);
		assertThat(row(stale, "status, sent_by")).containsEntry("STATUS", "SENT")
			.containsEntry("SENT_BY", this.claims.node());
	}

	@Test
	void shouldSendABatchOfStepsMailsAndSkipWhatWasSentBefore() {
		String to = address();
		String before = "test/" + UUID.randomUUID();
		String first = "test/" + UUID.randomUUID();
		String second = "test/" + UUID.randomUUID();
		this.processMails.sendOnce(before, () -> mail(to, new AtomicInteger()));
		AtomicInteger written = new AtomicInteger();

		List<StepMail.Outcome> outcomes = this.processMails
			.sendAll(List.of(new StepMail(before, () -> mail(to, written)),
					new StepMail(first, () -> mail(to, written)), new StepMail(second, () -> mail(to, written))));

		assertThat(outcomes).extracting(StepMail.Outcome::key).containsExactly(before, first, second);
		assertThat(outcomes).extracting(StepMail.Outcome::sentNow).containsExactly(false, true, true);
		assertThat(outcomes).allMatch(StepMail.Outcome::delivered);
		assertThat(written).as("the e-mail sent before is not written again").hasValue(2);
		assertThat(TestMail.to(to)).hasSize(3);
		assertThat(row(second, "status")).containsEntry("STATUS", "SENT");
	}

	@Test
	void shouldClaimEachOnItsOwnWhenOneSpoilsTheBatch() {
		String to = address();
		String spoiled = "test/" + UUID.randomUUID();
		String fine = "test/" + UUID.randomUUID();
		String elsewhere = "test/" + UUID.randomUUID();
		claimedElsewhere(elsewhere, to, Instant.now());

		List<StepMail.Outcome> outcomes = this.processMails.sendAll(List.of(new StepMail(spoiled, () -> {
			throw new IllegalArgumentException("the access is gone");
		}), new StepMail(fine, () -> mail(to, new AtomicInteger())),
				new StepMail(elsewhere, () -> mail(to, new AtomicInteger()))));

		assertThat(outcomes.get(0).failure()).hasMessage("the access is gone");
		assertThat(outcomes.get(1).sentNow()).isTrue();
		assertThat(outcomes.get(2).failure()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("dead-node");
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where mail_key = ?", Long.class, spoiled))
			.as("nothing of the spoiled e-mail is written")
			.isZero();
		assertThat(TestMail.to(to)).hasSize(1);
	}

	@Test
	void shouldTryNoMoreOfABatchOnceTheServerIsUnreachableAndSendThemLater() {
		String to = address();
		String first = "test/" + UUID.randomUUID();
		String second = "test/" + UUID.randomUUID();
		List<StepMail> batch = List.of(new StepMail(first, () -> mail(to, new AtomicInteger())),
				new StepMail(second, () -> mail(to, new AtomicInteger())));
		TestMail.stop();

		List<StepMail.Outcome> outcomes = this.processMails.sendAll(batch);

		assertThat(outcomes).noneMatch(StepMail.Outcome::delivered);
		assertThat(outcomes.get(1).failure()).isSameAs(outcomes.get(0).failure()).isInstanceOf(MailException.class);
		assertThat(row(second, "status, claimed_by")).containsEntry("STATUS", "FAILED")
			.containsEntry("CLAIMED_BY", null);

		TestMail.restart();
		assertThat(this.processMails.sendAll(batch)).allMatch(StepMail.Outcome::sentNow);
		assertThat(TestMail.to(to)).hasSize(2);
	}

	@Test
	void shouldQueueAKeyOnceAndDeliverItOnce() throws MessagingException {
		String to = address();
		String key = "test/" + UUID.randomUUID();
		assertThat(this.outbox.enqueue(key, mail(to, new AtomicInteger()))).isTrue();
		assertThat(this.outbox.enqueue(key, mail(to, new AtomicInteger()))).isFalse();
		assertThat(TestMail.to(to)).isEmpty();

		assertThat(this.outbox.deliverDue()).isGreaterThanOrEqualTo(1);
		this.outbox.deliverDue();

		assertThat(TestMail.to(to)).hasSize(1);
		assertThat(TestMail.to(to).get(0).getMessageID()).isEqualTo(this.mailer.messageId(key));
		assertThat(row(key, "status, content")).containsEntry("STATUS", "SENT").containsEntry("CONTENT", null);
	}

	@Test
	void shouldRetryAQueuedMailAfterTheDelayAndGiveUpAfterTheLastAttempt() {
		// the suite's retry cycle is R3/PT1S: three attempts, one second apart
		String to = address();
		String kept = "test/" + UUID.randomUUID();
		String lost = "test/" + UUID.randomUUID();
		this.outbox.enqueue(lost, mail("nobody-" + to, new AtomicInteger()));
		Instant now = Instant.now();
		TestMail.stop();
		this.outbox.deliverDue(now);
		this.outbox.deliverDue(now.plusSeconds(2));
		this.outbox.deliverDue(now.plusSeconds(4));
		assertThat(row(lost, "status, attempts")).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 3);

		this.outbox.enqueue(kept, mail(to, new AtomicInteger()));
		this.outbox.deliverDue(now.plusSeconds(6));
		assertThat(row(kept, "status")).containsEntry("STATUS", "PENDING");
		TestMail.restart();
		this.outbox.deliverDue(now.plusSeconds(6));
		assertThat(TestMail.to(to)).as("not due again before the delay").isEmpty();
		this.outbox.deliverDue(now.plusSeconds(8));
		assertThat(TestMail.to(to)).hasSize(1);
		assertThat(TestMail.to("nobody-" + to)).isEmpty();
	}

	@Test
	void shouldDeliverAQueuedMailWhoseClaimRanOutOnlyOnce() {
		String to = address();
		String key = "test/" + UUID.randomUUID();
		this.outbox.enqueue(key, mail(to, new AtomicInteger()));
		// a node claimed it and died
		this.jdbc.update("update mail_outbox set status = 'SENDING', claimed_by = 'dead-node', claimed_at = ?"
				+ " where mail_key = ?", Instant.now().atOffset(ZoneOffset.UTC), key);

		this.outbox.deliverDue();
		assertThat(TestMail.to(to)).as("claim still fresh").isEmpty();

		this.outbox.deliverDue(Instant.now().plus(Duration.ofMinutes(1)));
		this.outbox.deliverDue(Instant.now().plus(Duration.ofMinutes(1)));
		assertThat(TestMail.to(to)).hasSize(1);
		assertThat(row(key, "sent_by")).containsEntry("SENT_BY", this.claims.node());
	}

	@Test
	void shouldRenewOnlyItsOwnClaimBeforeSendingFromABatch() {
		String key = "test/" + UUID.randomUUID();
		this.outbox.enqueue(key, mail(address(), new AtomicInteger()));
		UUID id = this.jdbc.queryForObject("select id from mail_outbox where mail_key = ?", UUID.class, key);
		this.jdbc.update("update mail_outbox set status = 'SENDING', claimed_by = ?, claimed_at = ? where id = ?",
				this.claims.node(), Instant.now().minusSeconds(20).atOffset(ZoneOffset.UTC), id);

		assertThat(this.rows.renew(id, this.claims.node(), Instant.now())).isTrue();
		// another node took it over meanwhile (the claim had run out): this one leaves it
		this.jdbc.update("update mail_outbox set claimed_by = 'other-node' where id = ?", id);
		assertThat(this.rows.renew(id, this.claims.node(), Instant.now())).isFalse();
		this.jdbc.update("delete from mail_outbox where id = ?", id);
	}

	@Test
	void shouldForgetSentMailsAfterTheRetention() {
		String key = "test/" + UUID.randomUUID();
		this.processMails.sendOnce(key, () -> mail(address(), new AtomicInteger()));
		this.outbox.purge(Instant.now().minus(Duration.ofDays(1)));
		assertThat(count(key)).isOne();
		this.outbox.purge(Instant.now().plusSeconds(1));
		assertThat(count(key)).isZero();
	}

	private void claimedElsewhere(String key, String to, Instant at) {
		OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
		this.jdbc.update("insert into mail_outbox (id, mail_key, message_id, via, template, recipient, subject, status,"
				+ " attempts, next_attempt_at, claimed_by, claimed_at, created_by, created_at)"
				+ " values (?, ?, ?, 'JOB', 'reminder', ?, 'x', 'SENDING', 1, ?, 'dead-node', ?, 'dead-node', ?)",
				UUID.randomUUID(), key, this.mailer.messageId(key), to, time, time, time);
	}

	private Map<String, Object> row(String key, String columns) {
		Map<String, Object> row = new java.util.HashMap<>();
		this.jdbc.queryForMap("select " + columns + " from mail_outbox where mail_key = ?", key)
			.forEach((column, value) -> row.put(column.toUpperCase(Locale.ROOT), value));
		return row;
	}

	private int count(String key) {
		return this.jdbc.queryForObject("select count(*) from mail_outbox where mail_key = ?", Integer.class, key);
	}

	private static Mail mail(String to, AtomicInteger written) {
		written.incrementAndGet();
		return new Mail(to, Locale.ENGLISH, "reminder",
				Map.of("name", "Ada", "email", to, "company", "Outbox", "link", "http://localhost/portal/login"),
				"Outbox");
	}

	private static String address() {
		return "outbox-" + UUID.randomUUID() + "@example.com";
	}

}
