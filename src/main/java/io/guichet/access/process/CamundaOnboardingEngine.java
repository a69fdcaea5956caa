package io.guichet.access.process;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.guichet.access.OnboardingEngine;
import io.guichet.access.OnboardingStart;
import io.guichet.engine.OwnEngineCalls;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

@Component
class CamundaOnboardingEngine implements OnboardingEngine {

	private final RuntimeService runtime;

	private final TaskService tasks;

	CamundaOnboardingEngine(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	@Override
	public void start(OnboardingStart start) {
		OwnEngineCalls.run(() -> this.runtime.createMessageCorrelation(OnboardingProcess.MESSAGE_REGISTRATION_RECEIVED)
			.processInstanceBusinessKey(start.accessId().toString())
			.setVariables(variables(start))
			.correlateStartMessage());
	}

	@Override
	public boolean accessActivated(UUID accessId) {
		return correlate(OnboardingProcess.MESSAGE_ACCESS_ACTIVATED, accessId);
	}

	@Override
	public boolean resendRequested(UUID accessId) {
		return correlate(OnboardingProcess.MESSAGE_RESEND_REQUESTED, accessId);
	}

	@Override
	public Set<String> openReviewTasks(Collection<String> taskIds) {
		if (taskIds.isEmpty()) {
			return Set.of();
		}
		return this.tasks.createTaskQuery()
			.taskIdIn(taskIds.toArray(String[]::new))
			.taskDefinitionKey(OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.list()
			.stream()
			.map(Task::getId)
			.collect(Collectors.toSet());
	}

	private boolean correlate(String message, UUID accessId) {
		try {
			OwnEngineCalls.run(() -> this.runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(accessId.toString())
				.correlateWithResult());
			return true;
		}
		catch (MismatchingMessageCorrelationException | OptimisticLockingException ex) {
			// not waiting for this message, or moving on concurrently (a timer firing)
			return false;
		}
	}

	/**
	 * Only what the steps run at once read, as transient variables: the gateway after the
	 * start ({@code preApproved}) and the review task's assignee
	 * ({@code proposedApprover}). The instance keeps nothing but its business key, the
	 * access id; its review form reads the rest from the domain when it is opened.
	 */
	static VariableMap variables(OnboardingStart start) {
		return Variables.createVariables()
			.putValueTyped(OnboardingProcess.VAR_PRE_APPROVED, Variables.booleanValue(start.preApproved(), true))
			.putValueTyped(OnboardingProcess.VAR_PROPOSED_APPROVER,
					Variables.stringValue(start.proposedApprover(), true));
	}

}
