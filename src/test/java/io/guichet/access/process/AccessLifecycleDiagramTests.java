package io.guichet.access.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * AccessLifecycle.bpmn alone, its delegates mocked: the check's outcome decides each path
 * (wait for the next deadline, warn, expire, end). The full-stack tests
 * ({@code AccessLifecycleProcessTests}) check what the delegates do.
 */
class AccessLifecycleDiagramTests {

	private static ProcessEngine engine;

	private final Map<String, JavaDelegate> delegates = new HashMap<>();

	/** What the next deadline check answers. */
	private final AtomicReference<String> outcome = new AtomicReference<>("WAIT");

	@BeforeEach
	void setUp() throws Exception {
		BpmnAwareTests.init(engine);
		for (String name : new String[] { "checkDeadlinesDelegate", "sendExpiryWarningDelegate", "expireAccessDelegate",
				"sendExpiryNoticeDelegate" }) {
			JavaDelegate delegate = mock(JavaDelegate.class);
			this.delegates.put(name, delegate);
			Mocks.register(name, delegate);
		}
		Mocks.register("onboardingTimers", DiagramEngine.timers());
		doAnswer((call) -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setVariable("outcome", this.outcome.get());
			execution.setVariable("nextCheckAt", Date.from(Instant.now().plusSeconds(3600)));
			return null;
		}).when(this.delegates.get("checkDeadlinesDelegate")).execute(any());
	}

	@BeforeAll
	static void startEngine() {
		engine = DiagramEngine.start("AccessLifecycle.bpmn");
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
	void shouldWaitThenLookAgainWhenTheTimerFiresOrTheDeadlinesMove() throws Exception {
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt(LifecycleProcess.GATEWAY_WAIT_FOR_DEADLINE);
		DiagramEngine.runJob(engine, instance);
		DiagramEngine.correlate(engine, LifecycleProcess.MESSAGE_DEADLINES_CHANGED, instance);
		assertThat(instance).isWaitingAt(LifecycleProcess.GATEWAY_WAIT_FOR_DEADLINE);
		verify(this.delegates.get("checkDeadlinesDelegate"), times(3)).execute(any());
	}

	@Test
	void shouldWarnThenExpireAndTellTheContact() throws Exception {
		this.outcome.set("WARN");
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt(LifecycleProcess.TASK_SEND_EXPIRY_WARNING);
		this.outcome.set("EXPIRE");
		DiagramEngine.runJob(engine, instance);
		assertThat(instance).hasPassed(LifecycleProcess.TASK_EXPIRE_ACCESS)
			.isWaitingAt(LifecycleProcess.TASK_SEND_EXPIRY_NOTICE);
		DiagramEngine.runJob(engine, instance);
		assertThat(instance).isEnded().hasPassed(LifecycleProcess.END_EXPIRED);
	}

	@Test
	void shouldEndWhenRevokedOrNoLongerActive() {
		ProcessInstance revoked = start();
		DiagramEngine.correlate(engine, LifecycleProcess.MESSAGE_ACCESS_REVOKED, revoked);
		assertThat(revoked).isEnded().hasPassed(LifecycleProcess.END_REVOKED);
		this.outcome.set("GONE");
		assertThat(start()).isEnded().hasPassed(LifecycleProcess.END_ENDED);
	}

	private ProcessInstance start() {
		return engine.getRuntimeService().startProcessInstanceByKey(LifecycleProcess.KEY, UUID.randomUUID().toString());
	}

}
