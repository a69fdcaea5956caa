package io.guichet.access.process;

import io.guichet.access.OnboardingSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Tells the sponsor the contact never activated (asynchronous, retried). */
@Component("notifySponsorDelegate")
class NotifySponsorDelegate implements JavaDelegate {

	private final OnboardingSteps steps;

	NotifySponsorDelegate(OnboardingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.notifySponsorOfExpiry(AccessIds.of(execution), MailKeys.of(execution));
	}

}
