package io.guichet.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.SendFailedException;
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
		StepMail.Outcome outcome = sendAll(List.of(new StepMail(key, mail))).get(0);
		if (outcome.failure() != null) {
			throw outcome.failure();
		}
		return outcome.sentNow();
	}

	/**
	 * Sends these e-mails, each unless it was sent already: their claims (and what each
	 * e-mail writes) commit in one transaction before SMTP is called, then each goes out
	 * over the kept SMTP session, "sent" recorded the moment SMTP accepts it. When one
	 * e-mail spoils that transaction, each is claimed in a transaction of its own. Once
	 * the server cannot be reached, the e-mails left are not tried. Returns the outcome
	 * of each, in their order: an e-mail claimed elsewhere, refused or not tried is a
	 * failure for its step to retry; the others are not held up by it.
	 */
	List<StepMail.Outcome> sendAll(List<StepMail> mails) {
		Instant now = this.clock.instant();
		List<Attempt> attempts = claimAll(mails, now);
		if (attempts.stream().noneMatch((attempt) -> attempt.claim() != null)) {
			return attempts.stream().map(Attempt::outcome).toList();
		}
		OutboxRows.SentMark sent;
		try {
			sent = this.rows.sentMark(this.claims.node());
		}
		catch (RuntimeException ex) {
			attempts.stream()
				.filter((attempt) -> attempt.claim() != null)
				.forEach((attempt) -> this.claims.release(attempt.claim().id(), OutboxRows.FAILED, now, ex));
			throw ex;
		}
		List<StepMail.Outcome> outcomes = new ArrayList<>();
		MailException unreachable = null;
		try (sent) {
			for (Attempt attempt : attempts) {
				if (attempt.claim() == null) {
					outcomes.add(attempt.outcome());
					continue;
				}
				MailException failure = unreachable;
				if (failure == null) {
					try {
						this.smtp.send(attempt.claim().message(), () -> sent.mark(attempt.claim().id()));
						outcomes.add(new StepMail.Outcome(attempt.key(), true, null));
						continue;
					}
					catch (MailException ex) {
						failure = ex;
						// a refused message leaves the server to the others
						unreachable = (ex.getCause() instanceof SendFailedException) ? null : ex;
					}
				}
				this.claims.release(attempt.claim().id(), OutboxRows.FAILED, now, failure);
				outcomes.add(new StepMail.Outcome(attempt.key(), false, failure));
			}
		}
		return outcomes;
	}

	private List<Attempt> claimAll(List<StepMail> mails, Instant now) {
		try {
			return this.claims.apart((status) -> mails.stream().map((mail) -> attempt(mail, now)).toList());
		}
		catch (RuntimeException ex) {
			if (mails.size() == 1) {
				throw ex;
			}
			return mails.stream().map((mail) -> {
				try {
					return this.claims.apart((status) -> attempt(mail, now));
				}
				catch (RuntimeException failure) {
					return new Attempt(mail.key(), null, failure);
				}
			}).toList();
		}
	}

	/**
	 * Claims the e-mail in the caller's transaction: no claim when it was sent already, a
	 * failure when another run holds a fresh claim on it.
	 */
	private Attempt attempt(StepMail mail, Instant now) {
		try {
			return new Attempt(mail.key(), claim(mail.key(), mail.mail(), now).orElse(null), null);
		}
		catch (ClaimedElsewhere ex) {
			return new Attempt(mail.key(), null, ex);
		}
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
				throw new ClaimedElsewhere("E-mail " + key + " is being sent by " + row.claimedBy() + " since "
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

	/** An e-mail claimed (to send), sent before (no claim, no failure) or failed. */
	private record Attempt(String key, Claim claim, RuntimeException failure) {

		StepMail.Outcome outcome() {
			return new StepMail.Outcome(this.key, false, this.failure);
		}

	}

	/** Another run holds a fresh claim on the e-mail. */
	static final class ClaimedElsewhere extends IllegalStateException {

		ClaimedElsewhere(String message) {
			super(message);
		}

	}

	private record Claim(UUID id, MimeMessage message) {
	}

}
