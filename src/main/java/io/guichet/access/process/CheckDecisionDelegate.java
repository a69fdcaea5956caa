package io.guichet.access.process;

import io.guichet.access.ReviewDecision;
import io.guichet.common.FieldErrorsException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Checks the approver's decision right after the review task. Form validation runs in the
 * browser only, so bad values are refused here: the exception rolls the completion back
 * (the task stays open) and Tasklist and the engine REST API answer 400 with its message.
 */
@Component("checkDecisionDelegate")
class CheckDecisionDelegate implements JavaDelegate {

	private final ReviewDecisions decisions;

	private final IdentityService identity;

	private final Refusals refusals;

	CheckDecisionDelegate(ReviewDecisions decisions, IdentityService identity, Refusals refusals) {
		this.decisions = decisions;
		this.identity = identity;
		this.refusals = refusals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReviewDecision decision;
		try {
			decision = this.decisions.parse(execution.getVariables());
		}
		catch (FieldErrorsException ex) {
			throw this.refusals.refuse(ex);
		}
		this.decisions.store(decision, execution);
		Authentication user = this.identity.getCurrentAuthentication();
		String decidedBy = (user != null) ? user.getUserId() : null;
		execution.setVariable(OnboardingProcess.VAR_DECIDED_BY, decidedBy);
	}

}
