package io.guichet.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance sends the review notices waiting at {@code guichet.review.notify-every};
 * each notice is taken by one of them. Off, like the outbox's polling, in tests, which
 * send by hand.
 */
@Component
@ConditionalOnProperty(name = "guichet.mail.outbox.polling", havingValue = "true", matchIfMissing = true)
class ReviewNoticeDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ReviewNoticeDispatcher.class);

	private final ReviewNotices notices;

	ReviewNoticeDispatcher(ReviewNotices notices) {
		this.notices = notices;
	}

	@Scheduled(fixedDelayString = "${guichet.review.notify-every}",
			initialDelayString = "${guichet.review.notify-every}")
	void run() {
		try {
			int sent = this.notices.sendWaiting();
			if (sent > 0) {
				log.debug("{} review notice(s) sent", sent);
			}
		}
		catch (RuntimeException ex) {
			// the database is away: the notices wait for the next round
			log.warn("Review notices not sent: {}", ex.toString());
		}
	}

}
