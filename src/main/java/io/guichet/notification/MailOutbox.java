package io.guichet.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each e-mail once, however often the step that sends it runs and on whichever
 * node. Every e-mail has a name (its key) that stays the same across retries; its row in
 * {@code mail_outbox} says whether it was sent, or who is sending it since when.
 * <ul>
 * <li>{@link #sendOnce}: process steps. The Camunda job sends the e-mail itself, so an
 * SMTP failure fails the job (retries, then a Cockpit incident). The claim, and what the
 * e-mail depends on (an activation token), commits on its own before SMTP sees the
 * message; "sent" commits right after SMTP accepted it. A job run again after its node
 * died finds the e-mail sent and does not send it again.</li>
 * <li>{@link #enqueue}: every other e-mail. It is written in the caller's transaction;
 * the dispatcher of any node delivers it ({@link #deliverDue}), at once after the commit
 * when a person waits for it.</li>
 * </ul>
 * One window is left: a node that dies between SMTP's acceptance and the commit of "sent"
 * (milliseconds) leaves a claim that another node retakes after the lease and sends
 * again, with the same Message-ID.
 */
@Service
class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final OutboxRows rows;

	private final Mailer mailer;

	private final JavaMailSender sender;

	private final SmtpDelivery smtp;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate callerTransaction;

	private final RetryCycle retries;

	private final Duration lease;

	private final int batchSize;

	private final String node;

	private final Clock clock = Clock.systemUTC();

	MailOutbox(OutboxRows rows, Mailer mailer, JavaMailSender sender, SmtpDelivery smtp,
			PlatformTransactionManager transactionManager, @Value("${guichet.mail.retry-cycle}") String retryCycle,
			@Value("${guichet.mail.outbox.lease}") Duration lease,
			@Value("${guichet.mail.outbox.batch-size}") int batchSize,
			@Value("${camunda.bpm.generic-properties.properties.hostname:}") String hostname) {
		this.rows = rows;
		this.mailer = mailer;
		this.sender = sender;
		this.smtp = smtp;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.callerTransaction = new TransactionTemplate(transactionManager);
		this.retries = RetryCycle.parse(retryCycle);
		this.lease = lease;
		this.batchSize = batchSize;
		this.node = hostname.isBlank() ? defaultNodeName() : hostname;
	}

	/** The name this instance writes into {@code claimed_by} and {@code sent_by}. */
	public String node() {
		return this.node;
	}

	/**
	 * Sends the e-mail named {@code key} unless it was sent already; returns whether it
	 * was sent now. {@code mail} runs in the claim's own transaction, which commits
	 * before SMTP is called: what the e-mail refers to must be written there. An SMTP
	 * failure is thrown, and the next call retries.
	 * @throws IllegalStateException when another run holds a fresh claim on the e-mail
	 */
	public boolean sendOnce(String key, Supplier<Mail> mail) {
		Instant now = this.clock.instant();
		Optional<Claim> claim = this.ownTransaction.execute((status) -> claim(key, mail, now));
		if (claim.isEmpty()) {
			return false;
		}
		OutboxRows.SentMark sent;
		try {
			sent = this.rows.sentMark(this.node);
		}
		catch (RuntimeException ex) {
			release(claim.get().id(), OutboxRows.FAILED, now, ex);
			throw ex;
		}
		try (sent) {
			this.smtp.send(claim.get().message(), () -> sent.mark(claim.get().id()));
		}
		catch (MailException ex) {
			release(claim.get().id(), OutboxRows.FAILED, now, ex);
			throw ex;
		}
		return true;
	}

	/**
	 * Queues the e-mail named {@code key}, in the caller's transaction when there is one;
	 * false when an e-mail of that name exists already.
	 */
	public boolean enqueue(String key, Mail mail) {
		return enqueue(key, mail, List.of());
	}

	/** The same, with files attached. */
	public boolean enqueue(String key, Mail mail, List<Attachment> attachments) {
		MimeMessage message = this.mailer.write(mail, messageId(key), attachments);
		byte[] content = bytes(message);
		Instant now = this.clock.instant();
		return Boolean.TRUE.equals(this.callerTransaction.execute((status) -> this.rows.insertQueued(
				OutboxRows.Row.of(key, messageId(key), mail.template(), mail.to(), content), subject(message),
				this.node, now)));
	}

	/** Delivers the queued e-mails that are due; returns how many were sent. */
	public int deliverDue() {
		return deliverDue(this.clock.instant());
	}

	/**
	 * Delivers, in batches, the queued e-mails due at {@code now} and those claimed
	 * longer than the lease ago (by a node that died); returns how many were sent.
	 */
	public int deliverDue(Instant now) {
		int sent = 0;
		List<OutboxRows.Row> batch;
		do {
			batch = this.ownTransaction
				.execute((status) -> this.rows.claimQueued(this.node, now, now.minus(this.lease), this.batchSize));
			if (batch.isEmpty()) {
				break;
			}
			try (OutboxRows.SentMark mark = this.rows.sentMark(this.node)) {
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

	/** Forgets sent and abandoned e-mails written before {@code before}. */
	public int purge(Instant before) {
		return this.ownTransaction.execute((status) -> this.rows.deleteDoneBefore(before));
	}

	private Optional<Claim> claim(String key, Supplier<Mail> mail, Instant now) {
		Optional<OutboxRows.Row> existing = this.rows.lock(key);
		if (existing.isPresent()) {
			OutboxRows.Row row = existing.get();
			if (OutboxRows.SENT.equals(row.status())) {
				log.info("E-mail {} was sent by {} at {}: not sent again", key, row.sentBy(), row.sentAt());
				return Optional.empty();
			}
			if (OutboxRows.SENDING.equals(row.status()) && row.claimedAt().isAfter(now.minus(this.lease))) {
				throw new IllegalStateException("E-mail " + key + " is being sent by " + row.claimedBy() + " since "
						+ row.claimedAt() + "; retried once that claim is older than " + this.lease);
			}
		}
		Mail written = mail.get();
		MimeMessage message = this.mailer.write(written, messageId(key));
		if (existing.isPresent()) {
			this.rows.reclaim(existing.get().id(), written.to(), subject(message), this.node, now);
			return Optional.of(new Claim(existing.get().id(), message));
		}
		OutboxRows.Row row = OutboxRows.Row.of(key, messageId(key), written.template(), written.to(), null);
		this.rows.insertClaimed(row, subject(message), this.node, now);
		return Optional.of(new Claim(row.id(), message));
	}

	private boolean deliver(OutboxRows.Row row, OutboxRows.SentMark mark, Instant now) {
		if (!Boolean.TRUE.equals(
				this.ownTransaction.execute((status) -> this.rows.renew(row.id(), this.node, this.clock.instant())))) {
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
			release(row.id(), again ? OutboxRows.PENDING : OutboxRows.FAILED, now.plus(this.retries.delay()), ex);
			return false;
		}
	}

	private void release(UUID id, String status, Instant nextAttemptAt, RuntimeException cause) {
		try {
			this.ownTransaction
				.executeWithoutResult((tx) -> this.rows.release(id, status, nextAttemptAt, cause.toString()));
		}
		catch (RuntimeException ex) {
			// the claim then runs out after the lease
			cause.addSuppressed(ex);
		}
	}

	private String messageId(String key) {
		return this.mailer.messageId(key);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new MailSendException("Unreadable subject", ex);
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

	private static String defaultNodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return host + ":" + ProcessHandle.current().pid();
	}

	private record Claim(UUID id, MimeMessage message) {
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
