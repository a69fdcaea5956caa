package io.guichet.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance looks for queued e-mails at {@code guichet.mail.outbox.poll-interval}
 * and delivers what it could claim. Off in tests, which deliver by hand.
 */
@Component
@ConditionalOnProperty(name = "guichet.mail.outbox.polling", havingValue = "true", matchIfMissing = true)
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final MailOutbox outbox;

	OutboxDispatcher(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Scheduled(fixedDelayString = "${guichet.mail.outbox.poll-interval}",
			initialDelayString = "${guichet.mail.outbox.poll-interval}")
	void poll() {
		try {
			int sent = this.outbox.deliverDue();
			if (sent > 0) {
				log.debug("{} queued e-mail(s) sent", sent);
			}
		}
		catch (RuntimeException ex) {
			// the database is away: the next poll tries again
			log.warn("Queued e-mails not delivered: {}", ex.toString());
		}
	}

}
