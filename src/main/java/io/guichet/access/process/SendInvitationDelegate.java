package io.guichet.access.process;

import io.guichet.access.OnboardingSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** A new activation link and the invitation e-mail (asynchronous, retried). */
@Component("sendInvitationDelegate")
class SendInvitationDelegate implements JavaDelegate {

	private final OnboardingSteps steps;

	SendInvitationDelegate(OnboardingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.sendInvitation(AccessIds.of(execution), MailKeys.of(execution));
	}

}
