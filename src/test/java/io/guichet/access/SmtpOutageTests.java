package io.guichet.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.guichet.access.process.OnboardingProcess;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientEditing;
import io.guichet.client.NewClient;
import io.guichet.common.Actor;
import io.guichet.contact.ContactDetails;
import io.guichet.notification.Notifications;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.NewContacts;
import io.guichet.support.TestMail;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * With SMTP down the invitation job is retried, then becomes an incident; a retry sends
 * it. A job run again after its e-mail left does not send it twice.
 */
@GuichetTest
class SmtpOutageTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	ClientDirectory clients;

	@Autowired
	ClientEditing clientEditing;

	@Autowired
	Onboarding onboarding;

	@Autowired
	ContactQueries queries;

	@Autowired
	AccessAdmin admin;

	@Autowired
	SignInHelp help;

	@Autowired
	Notifications notifications;

	@Autowired
	Activation activation;

	@Autowired
	OnboardingSteps steps;

	@Autowired
	PlatformTransactionManager transactions;

	@LocalServerPort
	int port;

	@AfterEach
	void smtpBack() {
		if (!TestMail.server().isRunning()) {
			TestMail.restart();
		}
	}

	@Test
	void shouldStayHealthyWhileSmtpIsDown() {
		TestMail.stop();
		// a load balancer or an orchestrator reads this: e-mails wait in their retries
		Http.Response health = new Http(this.port).get("/actuator/health");
		assertThat(health.status()).as(health.body()).isEqualTo(200);
		assertThat(health.json().get("status").asText()).isEqualTo("UP");
	}

	@Test
	void shouldRevokeAndRemindWhileSmtpIsDownAndDeliverBothOnceItIsBack() {
		Invited invited = invite("revoke");
		String email = invited.email();
		Registered registered = invited.registered();
		io.guichet.support.Jobs.runDue(this.management, invited.instance().getId());
		String token = TestMail.activationToken(TestMail.awaitMails(email, 1).get(0));
		this.activation.activate(token, "outage-password-1", "outage-password-1");

		TestMail.stop();
		try {
			this.help.sendReminder(registered.id(), Actor.staff("test-staff"));
			this.admin.revoke(registered.id(), true, Actor.staff("test-staff"));
			assertThat(this.queries.get(registered.id()).access().state()).isEqualTo(AccessState.REVOKED);
		}
		finally {
			TestMail.restart();
		}
		// queued, then delivered by the dispatcher's next round (a restarted server has
		// forgotten the invitation it received)
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			this.notifications.deliverQueued(Instant.now().plusSeconds(10));
			return TestMail.to(email).size() >= 2;
		});
		assertThat(TestMail.to(email)).hasSize(2);
	}

	@Test
	void shouldRetryThenRaiseAnIncidentAndSendWhenRetriedAfterSmtpIsBack() {
		BpmnAwareTests.init(this.engine);
		Invited invited = invite("outage");
		String email = invited.email();
		ProcessInstance instance = invited.instance();

		TestMail.stop();
		Job job = this.management.createJobQuery().processInstanceId(instance.getId()).singleResult();
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(this.runtime.createIncidentQuery().processInstanceId(instance.getId()).count())
				.as("no incident before the retries are used up")
				.isZero();
			assertThatThrownBy(() -> this.management.executeJob(job.getId())).isNotNull();
		}
		Incident incident = this.runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getActivityId()).isEqualTo(OnboardingProcess.TASK_SEND_INVITATION);
		assertThat(this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().invitationsSent()).isZero();
		// the lean engine history keeps each failure of the job, with its stack trace
		List<HistoricJobLog> failures = this.engine.getHistoryService()
			.createHistoricJobLogQuery()
			.jobId(job.getId())
			.list();
		assertThat(failures).hasSize(3).allMatch(HistoricJobLog::isFailureLog);
		assertThat(this.engine.getHistoryService().getHistoricJobLogExceptionStacktrace(failures.get(0).getId()))
			.isNotBlank();

		TestMail.restart();
		// what "Retry" in Cockpit does
		this.management.setJobRetries(job.getId(), 1);
		this.management.executeJob(job.getId());

		assertThat(TestMail.awaitMails(email, 1)).hasSize(1);
		assertThat(this.runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(instance).isWaitingAt(OnboardingProcess.GATEWAY_WAIT_FOR_ACTIVATION);
		assertThat(this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().invitationsSent()).isEqualTo(1);
	}

	@Test
	void shouldNotSendAgainWhenTheJobRunsAgainAfterItsMailLeft() {
		BpmnAwareTests.init(this.engine);
		Invited invited = invite("once");
		String email = invited.email();

		// what the job does on a node that dies: the e-mail leaves, the job's transaction
		// never commits
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.steps.sendInvitation(invited.registered().accessId(),
					invited.instance().getId() + "/" + OnboardingProcess.TASK_SEND_INVITATION);
			status.setRollbackOnly();
		});
		assertThat(TestMail.to(email)).hasSize(1);
		assertThat(this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().invitationsSent()).isZero();

		// the job, run again by the surviving node
		io.guichet.support.Jobs.runDue(this.management, invited.instance().getId());

		assertThat(invited.instance()).isWaitingAt(OnboardingProcess.GATEWAY_WAIT_FOR_ACTIVATION);
		assertThat(TestMail.to(email)).as("not sent again").hasSize(1);
		assertThat(this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().invitationsSent()).isEqualTo(1);
		// the link of the one e-mail works: it was committed with the e-mail's claim
		this.activation.activate(TestMail.activationToken(TestMail.to(email).get(0)), "once-password-12",
				"once-password-12");
		assertThat(this.queries.findByEmail(email, Actor.SYSTEM).orElseThrow().access().state())
			.isEqualTo(AccessState.ACTIVE);
	}

	/** A contact registered and invited by staff, its invitation job not run yet. */
	private Invited invite(String prefix) {
		UUID clientId = this.clientEditing.create(new NewClient("Outage " + UUID.randomUUID(), null, "en", null, null),
				Actor.SYSTEM);
		String email = prefix + "-" + UUID.randomUUID() + "@example.com";
		Registered registered = this.onboarding.registerByStaff(NewContacts.of(clientId,
				new ContactDetails("Otto", "Age", email, null, "+49 30 1234567", null, null), Role.REQUESTER, true),
				Actor.staff("test-staff"));
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(registered.accessId().toString())
			.singleResult();
		return new Invited(email, registered, instance);
	}

	private record Invited(String email, Registered registered, ProcessInstance instance) {
	}

}
