package io.guichet.access.process;

import io.guichet.access.LifecycleEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** The onboarding ends where the access lifecycle begins. */
@Component("startLifecycleDelegate")
class StartLifecycleDelegate implements JavaDelegate {

	private final LifecycleEngine engine;

	StartLifecycleDelegate(LifecycleEngine engine) {
		this.engine = engine;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.engine.start(AccessIds.of(execution));
	}

}
