package io.guichet.access;

import java.util.Optional;

import io.guichet.notification.Notifications;
import io.guichet.notification.StepMail;

/**
 * What an e-mail step of a process does, in two parts: its e-mail (none when there is
 * nothing to send any more), and what it records once the e-mail went out or had gone out
 * before, in the step's transaction. A step's e-mails can so be sent together with other
 * steps' ({@link Notifications#sendOnce(java.util.List)}) before each step records its
 * part.
 */
public record MailStep(Optional<StepMail> mail, Runnable delivered) {

	/** Nothing to send, nothing to record. */
	static final MailStep NOTHING = new MailStep(Optional.empty(), () -> {
	});

	static MailStep of(StepMail mail) {
		return new MailStep(Optional.of(mail), NOTHING.delivered());
	}

	/**
	 * The step on its own: sends its e-mail (an SMTP failure is thrown before anything is
	 * recorded), then records.
	 */
	void runWith(Notifications notifications) {
		this.mail.ifPresent((step) -> notifications.sendOnce(step.key(), step.mail()));
		this.delivered.run();
	}

}
