package io.guichet.access.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.OnboardingStart;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * ContactOnboarding.bpmn alone, its delegates mocked: every path of the diagram, in
 * milliseconds. The full-stack tests ({@code ContactOnboardingProcessTests}) check what
 * the delegates do.
 */
class ContactOnboardingDiagramTests {

	private static ProcessEngine engine;

	private final Map<String, JavaDelegate> delegates = new HashMap<>();

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		for (String name : new String[] { "registerContactDelegate", "checkDecisionDelegate",
				"approveRegistrationDelegate", "rejectRegistrationDelegate", "sendInvitationDelegate",
				"sendRejectionNoticeDelegate", "expireInvitationDelegate", "notifySponsorDelegate",
				"startLifecycleDelegate" }) {
			JavaDelegate delegate = mock(JavaDelegate.class);
			this.delegates.put(name, delegate);
			Mocks.register(name, delegate);
		}
		for (String name : new String[] { "nameReviewTaskListener", "announceReviewTaskListener" }) {
			Mocks.register(name, mock(TaskListener.class));
		}
		Mocks.register("onboardingTimers", DiagramEngine.timers());
	}

	@BeforeAll
	static void startEngine() {
		engine = DiagramEngine.start("ContactOnboarding.bpmn", "registerContact.form", "reviewRegistration.form");
	}

	@AfterAll
	static void stopEngine() {
		engine.close();
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldInviteAPreApprovedRegistrationAndEndWhenActivated() throws Exception {
		ProcessInstance instance = received(true);
		assertThat(instance).isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
		DiagramEngine.runJob(engine, instance);
		assertThat(instance).isWaitingAt(OnboardingProcess.GATEWAY_WAIT_FOR_ACTIVATION);
		DiagramEngine.correlate(engine, OnboardingProcess.MESSAGE_ACCESS_ACTIVATED, instance);
		assertThat(instance).hasPassed("Task_StartLifecycle").isEnded().hasPassed(OnboardingProcess.END_ACTIVATED);
		verify(delegate("sendInvitationDelegate"), times(1)).execute(any());
		verify(delegate("startLifecycleDelegate"), times(1)).execute(any());
	}

	@Test
	void shouldRegisterFromTheStartFormThenInvite() throws Exception {
		doAnswer((call) -> {
			DelegateExecution execution = call.getArgument(0);
			UUID accessId = UUID.randomUUID();
			execution.setProcessBusinessKey(accessId.toString());
			execution.setVariables(CamundaOnboardingEngine.variables(new OnboardingStart(accessId, true, null)));
			return null;
		}).when(delegate("registerContactDelegate")).execute(any());
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(OnboardingProcess.KEY);
		assertThat(instance).hasPassed(OnboardingProcess.TASK_REGISTER_CONTACT)
			.isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
	}

	@Test
	void shouldApproveAReviewedRegistrationThenInvite() throws Exception {
		ProcessInstance instance = received(false);
		assertThat(instance).isWaitingAt(OnboardingProcess.TASK_REVIEW_REGISTRATION);
		assertThat(task(instance)).isAssignedTo("manager");
		Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task(instance).getId()))
			.anyMatch((link) -> "approvers".equals(link.getGroupId()));
		complete(task(instance), Map.of(OnboardingProcess.VAR_DECISION, "APPROVE"));
		assertThat(instance)
			.hasPassed(OnboardingProcess.TASK_CHECK_DECISION, OnboardingProcess.TASK_APPROVE_REGISTRATION)
			.isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
		verify(delegate("rejectRegistrationDelegate"), never()).execute(any());
	}

	@Test
	void shouldRejectAReviewedRegistrationAndTellTheContact() throws Exception {
		ProcessInstance instance = received(false);
		complete(task(instance), Map.of(OnboardingProcess.VAR_DECISION, "REJECT"));
		assertThat(instance).hasPassed(OnboardingProcess.TASK_REJECT_REGISTRATION)
			.isWaitingAt(OnboardingProcess.TASK_SEND_REJECTION_NOTICE);
		DiagramEngine.runJob(engine, instance);
		assertThat(instance).isEnded().hasPassed(OnboardingProcess.END_REJECTED);
		verify(delegate("sendInvitationDelegate"), never()).execute(any());
	}

	@Test
	void shouldSendAgainOnRequestAndAfterTheDelayThenExpireAndTellTheSponsor() throws Exception {
		ProcessInstance instance = received(true);
		DiagramEngine.runJob(engine, instance);
		DiagramEngine.correlate(engine, OnboardingProcess.MESSAGE_RESEND_REQUESTED, instance);
		assertThat(instance).isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
		DiagramEngine.runJob(engine, instance);
		for (int reinvitation = 1; reinvitation <= 3; reinvitation++) {
			DiagramEngine.runJob(engine, instance);
			assertThat(instance).hasPassed("Gateway_ReinvitationsLeft")
				.isWaitingAt(OnboardingProcess.TASK_SEND_INVITATION);
			DiagramEngine.runJob(engine, instance);
		}
		DiagramEngine.runJob(engine, instance);
		assertThat(instance).hasPassed(OnboardingProcess.TASK_EXPIRE_INVITATION)
			.isWaitingAt(OnboardingProcess.TASK_NOTIFY_SPONSOR);
		DiagramEngine.runJob(engine, instance);
		assertThat(instance).isEnded().hasPassed(OnboardingProcess.END_INVITATION_EXPIRED);
		verify(delegate("sendInvitationDelegate"), times(5)).execute(any());
	}

	/** Started as Guichet starts it: the access id, and transient variables only. */
	private ProcessInstance received(boolean preApproved) {
		UUID accessId = UUID.randomUUID();
		ProcessInstance instance = engine.getRuntimeService()
			.createMessageCorrelation(OnboardingProcess.MESSAGE_REGISTRATION_RECEIVED)
			.processInstanceBusinessKey(accessId.toString())
			.setVariables(CamundaOnboardingEngine
				.variables(new OnboardingStart(accessId, preApproved, preApproved ? null : "manager")))
			.correlateStartMessage();
		Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId())).isEmpty();
		return instance;
	}

	private JavaDelegate delegate(String name) {
		return this.delegates.get(name);
	}

}
