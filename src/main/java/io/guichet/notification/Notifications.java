package io.guichet.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.guichet.common.Language;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one way to send an e-mail, and what every e-mail shares: its links start at
 * {@code guichet.base-url}, a contact reads it in its language (then its client's), staff
 * in {@code guichet.mail.staff-language}. Every e-mail has a name that stays the same
 * however often the step that sends it runs, and is sent once under that name through the
 * outbox (claimed, then sent, then marked; an SMTP outage becomes retries).
 */
@Service
public class Notifications {

	private final ProcessMails processMails;

	private final MailOutbox outbox;

	private final ApplicationEventPublisher events;

	private final String baseUrl;

	private final Locale staffLanguage;

	Notifications(ProcessMails processMails, MailOutbox outbox, ApplicationEventPublisher events,
			@Value("${guichet.base-url}") String baseUrl,
			@Value("${guichet.mail.staff-language}") String staffLanguage) {
		this.processMails = processMails;
		this.outbox = outbox;
		this.events = events;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.staffLanguage = Language.firstSupported(staffLanguage);
	}

	/**
	 * A link to this path of Guichet ({@code /activate?token=…}), as an e-mail carries
	 * it.
	 */
	public String link(String path) {
		return this.baseUrl + path;
	}

	/** A contact's e-mails: in its own language, else its client's, else the default. */
	public Locale contactLanguage(String contactLanguage, String clientLanguage) {
		return Language.firstSupported(contactLanguage, clientLanguage);
	}

	/** Staff's e-mails (sponsors, approvers, account managers). */
	public Locale staffLanguage() {
		return this.staffLanguage;
	}

	/** A staff user's e-mail in the language they chose (an import's report). */
	public Locale staffLanguage(String chosen) {
		return Language.firstSupported(chosen, this.staffLanguage.getLanguage());
	}

	/**
	 * A process step's e-mail, sent now unless it was sent already; {@code mail} is
	 * written in the claim's own transaction. An SMTP failure is thrown: the step's job
	 * retries, then becomes a Cockpit incident.
	 */
	public boolean sendOnce(String key, Supplier<Mail> mail) {
		return this.processMails.sendOnce(key, mail);
	}

	/**
	 * Process steps' e-mails in one go, each sent now unless it was sent already: one
	 * transaction claims them all (and writes what each refers to), then each goes over
	 * SMTP. Returns the outcome of each, in their order; a failure is returned, not
	 * thrown, for its step to retry.
	 */
	public List<StepMail.Outcome> sendOnce(List<StepMail> mails) {
		return this.processMails.sendAll(mails);
	}

	/**
	 * An e-mail a person waits for (a reset link, a notice after a change): queued in the
	 * caller's transaction and delivered as soon as it commits; false when an e-mail of
	 * that name exists already.
	 */
	public boolean send(String key, Mail mail, Attachment... attachments) {
		boolean queued = this.outbox.enqueue(key, mail, List.of(attachments));
		if (queued) {
			this.events.publishEvent(new MailQueued(key));
		}
		return queued;
	}

	/**
	 * An e-mail of a calendar job: queued in the caller's transaction, delivered by the
	 * next round of any instance's dispatcher
	 * ({@code guichet.mail.outbox.poll-interval}).
	 */
	public boolean queue(String key, Mail mail) {
		return this.outbox.enqueue(key, mail);
	}

	/**
	 * Delivers the queued e-mails that are due (the dispatcher's round; tests call it).
	 */
	public int deliverQueued() {
		return this.outbox.deliverDue();
	}

	/** The same as if the time were {@code now} (tests of retries). */
	public int deliverQueued(Instant now) {
		return this.outbox.deliverDue(now);
	}

}
