package io.guichet.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers an e-mail a person waits for right after its transaction commits, instead of
 * at the dispatcher's next round; should this fail, the round delivers it.
 */
@Component
class QueuedMailDelivery {

	private static final Logger log = LoggerFactory.getLogger(QueuedMailDelivery.class);

	private final MailOutbox outbox;

	QueuedMailDelivery(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Async
	@TransactionalEventListener(fallbackExecution = true)
	void deliver(MailQueued queued) {
		try {
			this.outbox.deliverDue();
		}
		catch (RuntimeException ex) {
			log.warn("Queued e-mail {} not delivered yet: {}", queued.key(), ex.toString());
		}
	}

}
