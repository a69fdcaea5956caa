package io.guichet.access.process;

import io.guichet.access.Lifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Warns the contact that its access will expire (asynchronous, retried). */
@Component("sendExpiryWarningDelegate")
class SendExpiryWarningDelegate implements JavaDelegate {

	private final Lifecycle lifecycle;

	SendExpiryWarningDelegate(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.lifecycle.sendExpiryWarning(AccessIds.of(execution), MailKeys.of(execution));
	}

}
