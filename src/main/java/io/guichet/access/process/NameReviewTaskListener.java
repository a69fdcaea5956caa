package io.guichet.access.process;

import java.util.UUID;

import io.guichet.access.ReviewTasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Names the review task after the contact and the company, so that a list of tasks reads
 * without opening them; the diagram keeps its own name.
 */
@Component("nameReviewTaskListener")
class NameReviewTaskListener implements TaskListener {

	private final ReviewTasks reviewTasks;

	NameReviewTaskListener(ReviewTasks reviewTasks) {
		this.reviewTasks = reviewTasks;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setName(this.reviewTasks.name(UUID.fromString(task.getExecution().getProcessBusinessKey())));
	}

}
