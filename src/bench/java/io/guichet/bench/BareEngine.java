package io.guichet.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The bare Camunda 7.24 engine in this JVM, on its own database, with Guichet's engine
 * settings (strong UUIDs, a pool of 30, the job executor of application.yml, or another
 * with {@code -Dbench.bare.job-threads}, {@code -Dbench.bare.job-queue} and
 * {@code -Dbench.bare.jobs-per-acquisition}), Camunda's
 * own full history (not Guichet's lean one) and {@code bench/BareOnboarding.bpmn}: the
 * shape of ContactOnboarding with no-op delegates, started as Guichet starts it (the
 * access id as business key, two transient variables).
 */
final class BareEngine implements AutoCloseable {

	private final HikariDataSource dataSource;

	private static final String EXTERNAL = "_External";

	private static final int BATCH = 50;

	private static final long IDLE_MILLIS = 20;

	private final ProcessEngine engine;

	private final CommandExecutor commands;

	private final Thread worker;

	private volatile boolean closed;

	BareEngine(BenchDatabase database, BenchSettings settings) {
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(database.url());
		this.dataSource.setUsername(settings.pgUser());
		this.dataSource.setPassword(settings.pgPassword());
		this.dataSource.setMaximumPoolSize(30);
		DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
		int threads = Integer.getInteger("bench.bare.job-threads", 10);
		jobExecutor.setCorePoolSize(threads);
		jobExecutor.setMaxPoolSize(threads);
		jobExecutor.setQueueSize(Integer.getInteger("bench.bare.job-queue", 3));
		jobExecutor.setMaxJobsPerAcquisition(Integer.getInteger("bench.bare.jobs-per-acquisition", 3));
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
		this.commands = configuration.getCommandExecutorTxRequired();
		this.engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("bench/BareOnboarding.bpmn")
			.addModelInstance("BareOnboardingExternal.bpmn", externalMailStep())
			.name("bare-bench")
			.deploy();
		this.worker = new Thread(this::fetchMailSteps, "bare-external-worker");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	/**
	 * The same process with the e-mail step as an external task ({@code mail}) and its own
	 * start message: the lever "e-mails in batches" measured on the bare engine.
	 */
	private static BpmnModelInstance externalMailStep() {
		BpmnModelInstance model = Bpmn.readModelFromStream(BareEngine.class.getResourceAsStream("/bench/BareOnboarding.bpmn"));
		Process process = model.getModelElementsByType(Process.class).iterator().next();
		process.setId("BareOnboardingExternal");
		for (Message message : model.getModelElementsByType(Message.class)) {
			message.setName(message.getName() + EXTERNAL);
		}
		ServiceTask send = model.getModelElementById("Task_SendInvitation");
		send.setCamundaAsyncBefore(false);
		send.setCamundaClass(null);
		send.setCamundaType("external");
		send.setCamundaTopic("mail");
		return model;
	}

	/**
	 * The in-process worker of the external e-mail steps: fetches and locks up to
	 * {@value #BATCH} at once, completes them in one transaction; looks again after
	 * {@value #IDLE_MILLIS} ms when none was waiting.
	 */
	private void fetchMailSteps() {
		while (!this.closed) {
			try {
				List<LockedExternalTask> locked = this.engine.getExternalTaskService()
					.fetchAndLock(BATCH, "bench")
					.topic("mail", 60_000)
					.execute();
				if (locked.isEmpty()) {
					Thread.sleep(IDLE_MILLIS);
					continue;
				}
				this.commands.execute((context) -> {
					locked.forEach((task) -> this.engine.getExternalTaskService().complete(task.getId(), "bench"));
					return null;
				});
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (!this.closed) {
					System.err.println("bare external worker: " + ex);
				}
			}
		}
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

	/**
	 * As {@link #invite}, with the e-mail step as an external task that the in-process
	 * worker fetches and completes in batches.
	 */
	Load.Result inviteExternal(int clients, Duration duration) {
		return start(clients, duration, true, EXTERNAL);
	}

	private Load.Result start(int clients, Duration duration, boolean preApproved) {
		return start(clients, duration, preApproved, "");
	}

	private Load.Result start(int clients, Duration duration, boolean preApproved, String variant) {
		return Load.run(clients, duration, (client, sequence) -> {
			this.engine.getRuntimeService()
				.createMessageCorrelation("Message_RegistrationReceived" + variant)
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

	/**
	 * Asynchronous continuations and external tasks (the no-op "send invitation") not run
	 * yet.
	 */
	long pendingAsyncJobs() {
		return this.engine.getManagementService().createJobQuery().messages().count()
				+ this.engine.getExternalTaskService().createExternalTaskQuery().count();
	}

	/** Guichet's start: read by the gateway and the task's assignee, not kept. */
	private static VariableMap variables(boolean preApproved) {
		return Variables.createVariables()
			.putValueTyped("preApproved", Variables.booleanValue(preApproved, true))
			.putValueTyped("proposedApprover", Variables.stringValue(preApproved ? null : "approver", true));
	}

	@Override
	public void close() {
		this.closed = true;
		this.worker.interrupt();
		this.engine.close();
		this.dataSource.close();
	}

}
