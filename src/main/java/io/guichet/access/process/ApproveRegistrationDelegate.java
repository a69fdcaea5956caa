package io.guichet.access.process;

import io.guichet.access.OnboardingSteps;
import io.guichet.common.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * The approver's choices become the access's role, client, rights and expiry; state
 * INVITED.
 */
@Component("approveRegistrationDelegate")
class ApproveRegistrationDelegate implements JavaDelegate {

	private final OnboardingSteps steps;

	private final ReviewDecisions decisions;

	ApproveRegistrationDelegate(OnboardingSteps steps, ReviewDecisions decisions) {
		this.steps = steps;
		this.decisions = decisions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.approve(AccessIds.of(execution), this.decisions.read(execution),
				Actor.staff((String) execution.getVariable(OnboardingProcess.VAR_DECIDED_BY)));
	}

}
