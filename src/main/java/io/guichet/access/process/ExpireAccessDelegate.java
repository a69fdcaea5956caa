package io.guichet.access.process;

import io.guichet.access.Lifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** The access is past its deadline: EXPIRED, its links dead. */
@Component("expireAccessDelegate")
class ExpireAccessDelegate implements JavaDelegate {

	private final Lifecycle lifecycle;

	ExpireAccessDelegate(Lifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.lifecycle.expire(AccessIds.of(execution));
	}

}
