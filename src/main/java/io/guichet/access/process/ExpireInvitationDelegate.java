package io.guichet.access.process;

import io.guichet.access.OnboardingSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** No activation after the last re-invitation: the access becomes INVITATION_EXPIRED. */
@Component("expireInvitationDelegate")
class ExpireInvitationDelegate implements JavaDelegate {

	private final OnboardingSteps steps;

	ExpireInvitationDelegate(OnboardingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.expireInvitation(AccessIds.of(execution));
	}

}
