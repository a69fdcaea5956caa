package io.guichet.access.process;

import java.util.UUID;

import io.guichet.access.ReviewNotices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Keeps the new review task's notice for its proposed approver (the client's account
 * manager), else every approver ({@code guichet.review.notify}): sent with the next round
 * of notices.
 */
@Component("announceReviewTaskListener")
class AnnounceReviewTaskListener implements TaskListener {

	private final ReviewNotices notices;

	AnnounceReviewTaskListener(ReviewNotices notices) {
		this.notices = notices;
	}

	@Override
	public void notify(DelegateTask task) {
		this.notices.announce(UUID.fromString(task.getExecution().getProcessBusinessKey()), task.getId(),
				task.getAssignee());
	}

}
