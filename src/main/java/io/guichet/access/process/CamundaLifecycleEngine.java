package io.guichet.access.process;

import java.util.UUID;

import io.guichet.access.LifecycleEngine;
import io.guichet.engine.OwnEngineCalls;
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
		// when not waiting (an onboarding, or a lifecycle between two steps) it is ended
		// all the same
		correlateIfWaiting(LifecycleProcess.MESSAGE_ACCESS_REVOKED, accessId);
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(accessId.toString())
			.list()) {
			this.runtime.deleteProcessInstance(instance.getId(), "access revoked", false, true);
		}
	}

	@Override
	public void deadlinesChanged(UUID accessId) {
		// when not waiting, it is checking right now and reads the new values anyway
		correlateIfWaiting(LifecycleProcess.MESSAGE_DEADLINES_CHANGED, accessId);
	}

	/**
	 * Looks before correlating: a failed correlation would mark the caller's transaction
	 * rollback-only, and the change that wanted to tell the process would be lost.
	 */
	private void correlateIfWaiting(String message, UUID accessId) {
		boolean waiting = this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(accessId.toString())
			.messageEventSubscriptionName(message)
			.count() > 0;
		if (waiting) {
			OwnEngineCalls.run(() -> this.runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(accessId.toString())
				.correlateWithResult());
		}
	}

}
