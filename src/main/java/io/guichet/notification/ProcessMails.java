package io.guichet.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Sends the e-mail of a process step once, however often the step runs and on whichever
 * node. The Camunda job sends the e-mail itself, so an SMTP failure fails the job
 * (retries, then a Cockpit incident). The claim of the e-mail's row, and what the e-mail
 * depends on (an activation token), commits on its own before SMTP sees the message;
 * "sent" commits right after SMTP accepted it. A job run again after its node died finds
 * the e-mail sent and does not send it again.
 * <p>
 * One window is left: a node that dies between SMTP's acceptance and the commit of "sent"
 * (milliseconds) leaves a claim that another node retakes after the lease and sends
 * again, with the same Message-ID.
 */
@Service
class ProcessMails {

	private static final Logger log = LoggerFactory.getLogger(ProcessMails.class);

	private final OutboxRows rows;

	private final OutboxClaims claims;

	private final Mailer mailer;

	private final SmtpDelivery smtp;

	private final Clock clock = Clock.systemUTC();

	ProcessMails(OutboxRows rows, OutboxClaims claims, Mailer mailer, SmtpDelivery smtp) {
		this.rows = rows;
		this.claims = claims;
		this.mailer = mailer;
		this.smtp = smtp;
	}

	/**
	 * Sends the e-mail named {@code key} unless it was sent already; returns whether it
	 * was sent now. {@code mail} runs in the claim's own transaction, which commits
	 * before SMTP is called: what the e-mail refers to must be written there. An SMTP
	 * failure is thrown, and the next call retries.
	 * @throws IllegalStateException when another run holds a fresh claim on the e-mail
	 */
	boolean sendOnce(String key, Supplier<Mail> mail) {
		Instant now = this.clock.instant();
		Optional<Claim> claim = this.claims.apart((status) -> claim(key, mail, now));
		if (claim.isEmpty()) {
			return false;
		}
		OutboxRows.SentMark sent;
		try {
			sent = this.rows.sentMark(this.claims.node());
		}
		catch (RuntimeException ex) {
			this.claims.release(claim.get().id(), OutboxRows.FAILED, now, ex);
			throw ex;
		}
		try (sent) {
			this.smtp.send(claim.get().message(), () -> sent.mark(claim.get().id()));
		}
		catch (MailException ex) {
			this.claims.release(claim.get().id(), OutboxRows.FAILED, now, ex);
			throw ex;
		}
		return true;
	}

	private Optional<Claim> claim(String key, Supplier<Mail> mail, Instant now) {
		Optional<OutboxRows.Row> existing = this.rows.lock(key);
		if (existing.isPresent()) {
			OutboxRows.Row row = existing.get();
			if (OutboxRows.SENT.equals(row.status())) {
				log.info("E-mail {} was sent by {} at {}: not sent again", key, row.sentBy(), row.sentAt());
				return Optional.empty();
			}
			if (OutboxRows.SENDING.equals(row.status()) && row.claimedAt().isAfter(now.minus(this.claims.lease()))) {
				throw new IllegalStateException("E-mail " + key + " is being sent by " + row.claimedBy() + " since "
						+ row.claimedAt() + "; retried once that claim is older than " + this.claims.lease());
			}
		}
		Mail written = mail.get();
		String messageId = this.mailer.messageId(key);
		MimeMessage message = this.mailer.write(written, messageId);
		String node = this.claims.node();
		if (existing.isPresent()) {
			this.rows.reclaim(existing.get().id(), written.to(), Mailer.subject(message), node, now);
			return Optional.of(new Claim(existing.get().id(), message));
		}
		OutboxRows.Row row = OutboxRows.Row.of(key, messageId, written.template(), written.to(), null);
		this.rows.insertClaimed(row, Mailer.subject(message), node, now);
		return Optional.of(new Claim(row.id(), message));
	}

	private record Claim(UUID id, MimeMessage message) {
	}

}
