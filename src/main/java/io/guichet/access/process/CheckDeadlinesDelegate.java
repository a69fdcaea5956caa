package io.guichet.access.process;

import java.util.Date;

import io.guichet.access.Lifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Reads the stored times: what is due now, and when to look again. */
@Component("checkDeadlinesDelegate")
class CheckDeadlinesDelegate implements JavaDelegate {

	private final Lifecycle lifecycle;

	CheckDeadlinesDelegate(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Lifecycle.Check check = this.lifecycle.check(AccessIds.of(execution));
		execution.setVariable("outcome", check.outcome().name());
		execution.setVariable("nextCheckAt", (check.nextCheckAt() != null) ? Date.from(check.nextCheckAt()) : null);
	}

}
