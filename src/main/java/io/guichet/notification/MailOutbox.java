package io.guichet.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queued e-mails: every e-mail but a process step's ({@link ProcessMails}). Each has
 * a name (its key) and is queued once under it, in the caller's transaction; the
 * dispatcher of any node delivers it ({@link #deliverDue}), at once after the commit when
 * a person waits for it, and tries again after an SMTP failure.
 */
@Service
class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final OutboxRows rows;

	private final OutboxClaims claims;

	private final Mailer mailer;

	private final JavaMailSender sender;

	private final SmtpDelivery smtp;

	private final TransactionTemplate callerTransaction;

	private final RetryCycle retries;

	private final int batchSize;

	private final Clock clock = Clock.systemUTC();

	MailOutbox(OutboxRows rows, OutboxClaims claims, Mailer mailer, JavaMailSender sender, SmtpDelivery smtp,
			PlatformTransactionManager transactionManager, @Value("${guichet.mail.retry-cycle}") String retryCycle,
			@Value("${guichet.mail.outbox.batch-size}") int batchSize) {
		this.rows = rows;
		this.claims = claims;
		this.mailer = mailer;
		this.sender = sender;
		this.smtp = smtp;
		this.callerTransaction = new TransactionTemplate(transactionManager);
		this.retries = RetryCycle.parse(retryCycle);
		this.batchSize = batchSize;
	}

	/**
	 * Queues the e-mail named {@code key}, in the caller's transaction when there is one;
	 * false when an e-mail of that name exists already.
	 */
	boolean enqueue(String key, Mail mail) {
		return enqueue(key, mail, List.of());
	}

	/** The same, with files attached. */
	boolean enqueue(String key, Mail mail, List<Attachment> attachments) {
		String messageId = this.mailer.messageId(key);
		MimeMessage message = this.mailer.write(mail, messageId, attachments);
		byte[] content = bytes(message);
		Instant now = this.clock.instant();
		return Boolean.TRUE.equals(this.callerTransaction.execute((status) -> this.rows.insertQueued(
				OutboxRows.Row.of(key, messageId, mail.template(), mail.to(), content), Mailer.subject(message),
				this.claims.node(), now)));
	}

	/** Delivers the queued e-mails that are due; returns how many were sent. */
	int deliverDue() {
		return deliverDue(this.clock.instant());
	}

	/**
	 * Delivers, in batches, the queued e-mails due at {@code now} and those claimed
	 * longer than the lease ago (by a node that died); returns how many were sent.
	 */
	int deliverDue(Instant now) {
		String node = this.claims.node();
		int sent = 0;
		List<OutboxRows.Row> batch;
		do {
			batch = this.claims
				.apart((status) -> this.rows.claimQueued(node, now, now.minus(this.claims.lease()), this.batchSize));
			if (batch.isEmpty()) {
				break;
			}
			try (OutboxRows.SentMark mark = this.rows.sentMark(node)) {
				for (OutboxRows.Row row : batch) {
					if (deliver(row, mark, now)) {
						sent++;
					}
				}
			}
		}
		while (batch.size() == this.batchSize);
		return sent;
	}

	/**
	 * Forgets sent and abandoned e-mails (queued or not) written before {@code before}.
	 */
	int purge(Instant before) {
		return this.claims.apart((status) -> this.rows.deleteDoneBefore(before));
	}

	private boolean deliver(OutboxRows.Row row, OutboxRows.SentMark mark, Instant now) {
		if (!Boolean.TRUE.equals(
				this.claims.apart((status) -> this.rows.renew(row.id(), this.claims.node(), this.clock.instant())))) {
			log.info("E-mail {} was taken over by another node while waiting in this one's batch", row.key());
			return false;
		}
		try {
			this.smtp.send(this.sender.createMimeMessage(new ByteArrayInputStream(row.content())),
					() -> mark.mark(row.id()));
			return true;
		}
		catch (MailException ex) {
			boolean again = row.attempts() + 1 < this.retries.attempts();
			if (!again) {
				log.error("E-mail {} to {} given up after {} attempts: {}", row.key(), row.recipient(),
						row.attempts() + 1, ex.toString());
			}
			else {
				log.warn("E-mail {} to {} not sent, tried again in {}: {}", row.key(), row.recipient(),
						this.retries.delay(), ex.toString());
			}
			this.claims.release(row.id(), again ? OutboxRows.PENDING : OutboxRows.FAILED,
					now.plus(this.retries.delay()), ex);
			return false;
		}
	}

	private static byte[] bytes(MimeMessage message) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException | MessagingException ex) {
			throw new MailSendException("Could not write the e-mail", ex);
		}
	}

	/**
	 * {@code guichet.mail.retry-cycle} ({@code R5/PT1M}): attempts in all, as Camunda
	 * counts them, and the delay between them.
	 */
	record RetryCycle(int attempts, Duration delay) {

		static RetryCycle parse(String cycle) {
			String[] parts = cycle.split("/");
			if (parts.length != 2 || !parts[0].startsWith("R")) {
				throw new IllegalArgumentException("guichet.mail.retry-cycle must look like R5/PT1M: " + cycle);
			}
			return new RetryCycle(Integer.parseInt(parts[0].substring(1)), Duration.parse(parts[1]));
		}

	}

}
