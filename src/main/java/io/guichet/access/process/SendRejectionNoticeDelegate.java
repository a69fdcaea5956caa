package io.guichet.access.process;

import io.guichet.access.OnboardingSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Tells the contact its registration was rejected (asynchronous, retried). */
@Component("sendRejectionNoticeDelegate")
class SendRejectionNoticeDelegate implements JavaDelegate {

	private final OnboardingSteps steps;

	SendRejectionNoticeDelegate(OnboardingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.sendRejectionNotice(AccessIds.of(execution), MailKeys.of(execution));
	}

}
