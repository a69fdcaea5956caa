package io.guichet.access.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Names the e-mail a service task sends: the same for every retry of its job and on every
 * node, so that it is sent once (see {@code Notifications#sendOnce}).
 */
final class MailKeys {

	private MailKeys() {
	}

	static String of(DelegateExecution execution) {
		return execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId();
	}

}
