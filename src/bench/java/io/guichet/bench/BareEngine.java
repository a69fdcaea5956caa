package io.guichet.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The bare Camunda 7.24 engine in this JVM, on its own database, with Guichet's engine
 * settings (strong UUIDs, a pool of 30, the job executor of application.yml), Camunda's
 * own full history (not Guichet's lean one) and {@code bench/BareOnboarding.bpmn}: the
 * shape of ContactOnboarding with no-op delegates, started as Guichet starts it (the
 * access id as business key, two transient variables).
 */
final class BareEngine implements AutoCloseable {

	private final HikariDataSource dataSource;

	private final ProcessEngine engine;

	BareEngine(BenchDatabase database, BenchSettings settings) {
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(database.url());
		this.dataSource.setUsername(settings.pgUser());
		this.dataSource.setPassword(settings.pgPassword());
		this.dataSource.setMaximumPoolSize(30);
		DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
		jobExecutor.setCorePoolSize(10);
		jobExecutor.setMaxPoolSize(10);
		jobExecutor.setQueueSize(3);
		jobExecutor.setMaxJobsPerAcquisition(3);
		jobExecutor.setWaitTimeInMillis(1000);
		jobExecutor.setMaxWait(1000);
		jobExecutor.setLockTimeInMillis(60000);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setDataSource(this.dataSource);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setJobExecutor(jobExecutor);
		configuration.setJobExecutorActivate(true);
		configuration.setHistoryTimeToLive("P180D");
		configuration.setEnforceHistoryTimeToLive(true);
		configuration.setProcessEngineName("bare-bench");
		this.engine = configuration.buildProcessEngine();
		this.engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("bench/BareOnboarding.bpmn")
			.name("bare-bench")
			.deploy();
	}

	/** Starts instances by message, as Guichet does, until the review task waits. */
	Load.Result register(int clients, Duration duration) {
		return start(clients, duration, false);
	}

	/**
	 * Starts pre-approved instances, as a staff invitation does: the job executor then
	 * runs the no-op asynchronous "send invitation" and leaves each instance waiting at
	 * the event-based gateway with its re-invitation timer.
	 */
	Load.Result invite(int clients, Duration duration) {
		return start(clients, duration, true);
	}

	private Load.Result start(int clients, Duration duration, boolean preApproved) {
		return Load.run(clients, duration, (client, sequence) -> {
			this.engine.getRuntimeService()
				.createMessageCorrelation("Message_RegistrationReceived")
				.processInstanceBusinessKey(UUID.randomUUID().toString())
				.setVariables(variables(preApproved))
				.correlateStartMessage();
			return 200;
		});
	}

	/** Completes review tasks (approve) while there are any. */
	Load.Result approve(int clients, Duration duration) {
		List<String> ids = this.engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_ReviewRegistration")
			.list()
			.stream()
			.map((task) -> task.getId())
			.toList();
		ConcurrentLinkedQueue<String> tasks = new ConcurrentLinkedQueue<>(ids);
		return Load.run(clients, duration, (client, sequence) -> {
			String task = tasks.poll();
			if (task == null) {
				return Load.NOTHING_LEFT;
			}
			this.engine.getTaskService()
				.complete(task, Map.of("decision", "APPROVE", "role", "REQUESTER", "clientId",
						UUID.randomUUID().toString()));
			return 200;
		});
	}

	/** Asynchronous continuations (the no-op "send invitation") not run yet. */
	long pendingAsyncJobs() {
		return this.engine.getManagementService().createJobQuery().messages().count();
	}

	/** Guichet's start: read by the gateway and the task's assignee, not kept. */
	private static VariableMap variables(boolean preApproved) {
		return Variables.createVariables()
			.putValueTyped("preApproved", Variables.booleanValue(preApproved, true))
			.putValueTyped("proposedApprover", Variables.stringValue(preApproved ? null : "approver", true));
	}

	@Override
	public void close() {
		this.engine.close();
		this.dataSource.close();
	}

}
