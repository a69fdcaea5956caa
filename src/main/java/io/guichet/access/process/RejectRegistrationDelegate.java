package io.guichet.access.process;

import io.guichet.access.OnboardingSteps;
import io.guichet.common.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** The registration is rejected with the approver's reason; state APPROVAL_REJECTED. */
@Component("rejectRegistrationDelegate")
class RejectRegistrationDelegate implements JavaDelegate {

	private final OnboardingSteps steps;

	RejectRegistrationDelegate(OnboardingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.reject(AccessIds.of(execution),
				(String) execution.getVariable(OnboardingProcess.VAR_REJECTION_REASON),
				Actor.staff((String) execution.getVariable(OnboardingProcess.VAR_DECIDED_BY)));
	}

}
