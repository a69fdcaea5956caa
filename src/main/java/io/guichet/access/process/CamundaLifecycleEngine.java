package io.guichet.access.process;

import java.util.UUID;

import io.guichet.access.LifecycleEngine;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Component;

@Component
class CamundaLifecycleEngine implements LifecycleEngine {

	private final RuntimeService runtime;

	CamundaLifecycleEngine(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void start(UUID accessId) {
		this.runtime.startProcessInstanceByKey(LifecycleProcess.KEY, accessId.toString());
	}

	@Override
	public void revoked(UUID accessId) {
		try {
			this.runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_ACCESS_REVOKED)
				.processInstanceBusinessKey(accessId.toString())
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			// not waiting (an onboarding, or a lifecycle between two steps): end it all
			// the same
		}
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(accessId.toString())
			.list()) {
			this.runtime.deleteProcessInstance(instance.getId(), "access revoked", false, true);
		}
	}

	@Override
	public void deadlinesChanged(UUID accessId) {
		try {
			this.runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_DEADLINES_CHANGED)
				.processInstanceBusinessKey(accessId.toString())
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			// not waiting: it is checking right now and reads the new values anyway
		}
	}

}
