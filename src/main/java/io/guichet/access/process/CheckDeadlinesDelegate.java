package io.guichet.access.process;

import java.util.Date;

import io.guichet.access.Lifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.springframework.stereotype.Component;

/**
 * Reads the stored times: what is due now, and when to look again. Both answers are
 * transient variables: the gateway and the timer read them in this transaction, and the
 * next check computes them again from the stored times, so they are neither written nor
 * kept in history at every check (an instance started before keeps its persisted ones).
 */
@Component("checkDeadlinesDelegate")
class CheckDeadlinesDelegate implements JavaDelegate {

	static final String OUTCOME = "outcome";

	static final String NEXT_CHECK_AT = "nextCheckAt";

	private final Lifecycle lifecycle;

	CheckDeadlinesDelegate(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Lifecycle.Check check = this.lifecycle.check(AccessIds.of(execution));
		Date nextCheckAt = (check.nextCheckAt() != null) ? Date.from(check.nextCheckAt()) : null;
		execution.setVariable(OUTCOME, Variables.stringValue(check.outcome().name(), !persisted(execution, OUTCOME)));
		execution.setVariable(NEXT_CHECK_AT, Variables.dateValue(nextCheckAt, !persisted(execution, NEXT_CHECK_AT)));
	}

	/**
	 * Instances started before the variables were transient have them persisted, and the
	 * engine refuses a transient value over a persisted one: those keep theirs.
	 */
	private static boolean persisted(DelegateExecution execution, String name) {
		TypedValue existing = execution.getVariableTyped(name);
		return existing != null && !existing.isTransient();
	}

}
