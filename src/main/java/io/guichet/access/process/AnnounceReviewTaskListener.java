package io.guichet.access.process;

import java.util.UUID;

import io.guichet.access.ReviewTasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Tells the task's proposed approver (the client's account manager), else every approver,
 * that a review task waits ({@code guichet.review.notify}).
 */
@Component("announceReviewTaskListener")
class AnnounceReviewTaskListener implements TaskListener {

	private final ReviewTasks reviewTasks;

	AnnounceReviewTaskListener(ReviewTasks reviewTasks) {
		this.reviewTasks = reviewTasks;
	}

	@Override
	public void notify(DelegateTask task) {
		this.reviewTasks.announce(UUID.fromString(task.getExecution().getProcessBusinessKey()), task.getId(),
				task.getAssignee());
	}

}
