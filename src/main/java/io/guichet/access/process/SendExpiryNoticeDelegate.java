package io.guichet.access.process;

import io.guichet.access.Lifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Tells the contact its access has expired (asynchronous, retried). */
@Component("sendExpiryNoticeDelegate")
class SendExpiryNoticeDelegate implements JavaDelegate {

	private final Lifecycle lifecycle;

	SendExpiryNoticeDelegate(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.lifecycle.sendExpiryNotice(AccessIds.of(execution), MailKeys.of(execution));
	}

}
