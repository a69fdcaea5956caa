package io.guichet.access.process;

import java.util.UUID;

import io.guichet.access.OnboardingSteps;
import io.guichet.access.ReviewDecision;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.engine.EngineUsers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Checks the approver's decision right after the review task, for the authenticated
 * approver (the client must be one they may see). Form validation runs in the browser
 * only, so bad values are refused here: the exception rolls the completion back (the task
 * stays open) and Tasklist and the engine REST API answer 400 with its message.
 */
@Component("checkDecisionDelegate")
class CheckDecisionDelegate implements JavaDelegate {

	private final ReviewDecisions decisions;

	private final OnboardingSteps steps;

	private final EngineUsers users;

	private final Refusals refusals;

	CheckDecisionDelegate(ReviewDecisions decisions, OnboardingSteps steps, EngineUsers users, Refusals refusals) {
		this.decisions = decisions;
		this.steps = steps;
		this.users = users;
		this.refusals = refusals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Actor approver = this.users.current();
		ReviewDecision decision;
		try {
			UUID accessId = AccessIds.of(execution);
			decision = this.decisions.parse(execution.getVariables(), () -> this.steps.requestedRole(accessId));
			this.steps.checkDecision(accessId, decision, approver);
		}
		catch (FieldErrorsException ex) {
			throw this.refusals.refuse(ex);
		}
		this.decisions.store(decision, execution);
		execution.setVariable(OnboardingProcess.VAR_DECIDED_BY, approver.name());
	}

}
