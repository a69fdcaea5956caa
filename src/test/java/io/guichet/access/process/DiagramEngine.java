package io.guichet.access.process;

import java.time.Duration;

import java.util.UUID;

import io.guichet.access.OnboardingSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A bare engine in memory for the diagram-only tests: no Spring, no Guichet, every
 * delegate and bean an expression names registered as a mock ({@link Mocks}); each test
 * class deploys one BPMN file (with its forms) and drives it through its paths.
 */
final class DiagramEngine {

	private DiagramEngine() {
	}

	static ProcessEngine start(String... resources) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:diagram-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
			.setJobExecutorActivate(false)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setProcessEngineName("diagram-" + UUID.randomUUID());
		configuration.setExpressionManager(new MockExpressionManager());
		ProcessEngine engine = configuration.buildProcessEngine();
		var deployment = engine.getRepositoryService().createDeployment().name("diagram");
		for (String resource : resources) {
			deployment.addClasspathResource(resource);
		}
		deployment.deploy();
		return engine;
	}

	static void correlate(ProcessEngine engine, String message, ProcessInstance instance) {
		engine.getRuntimeService()
			.createMessageCorrelation(message)
			.processInstanceId(instance.getId())
			.correlateWithResult();
	}

	/** Runs the instance's next job: an asynchronous step or a timer. */
	static void runJob(ProcessEngine engine, ProcessInstance instance) {
		Job job = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new AssertionError("no job waits"));
		engine.getManagementService().executeJob(job.getId());
	}

	/**
	 * What the diagrams read in expressions ({@code ${onboardingTimers.…}}): the shipped
	 * defaults (24 hours, 3 re-invitations) and a retry cycle of a minute.
	 */
	static OnboardingTimers timers() {
		return new OnboardingTimers(new OnboardingSettings(Duration.ofHours(24), 3), "R3/PT1M");
	}

}
