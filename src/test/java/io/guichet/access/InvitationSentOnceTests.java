package io.guichet.access;

import java.util.UUID;

import io.guichet.access.process.OnboardingProcess;
import io.guichet.client.ClientDirectory;
import io.guichet.client.NewClient;
import io.guichet.common.Actor;
import io.guichet.contact.ContactDetails;
import io.guichet.support.GuichetTest;
import io.guichet.support.Jobs;
import io.guichet.support.TestMail;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A node sends the invitation and dies before its job commits: the job, run again by
 * another node, does not send it again, and the link of the one e-mail works.
 */
@GuichetTest
class InvitationSentOnceTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ClientDirectory clients;

	@Autowired
	Onboarding onboarding;

	@Autowired
	OnboardingSteps steps;

	@Autowired
	ContactQueries queries;

	@Autowired
	Activation activation;

	@Test
	void shouldNotSendAgainWhenTheJobRunsAgainAfterItsMailLeft() {
		BpmnAwareTests.init(this.engine);
		UUID clientId = this.clients.create(new NewClient("Once " + UUID.randomUUID(), null, "en", null, null),
				Actor.SYSTEM);
		String email = "once-" + UUID.randomUUID() + "@example.com";
		Registered registered = this.onboarding.registerByStaff(clientId,
				new ContactDetails("Una", "Vez", email, null, "+34 91 1234567", null, null), Role.REQUESTER, true,
				Actor.of("test-staff"));
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(registered.accessId().toString())
			.singleResult();

		// what the job does on the node that dies: the e-mail leaves, the job's
		// transaction
		// never commits
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.steps.sendInvitation(registered.accessId(),
					instance.getId() + "/" + OnboardingProcess.TASK_SEND_INVITATION);
			status.setRollbackOnly();
		});
		assertThat(TestMail.to(email)).hasSize(1);
		assertThat(this.queries.findByEmail(email).orElseThrow().access().invitationsSent()).isZero();

		Jobs.runDue(this.management, instance.getId());

		assertThat(instance).isWaitingAt(OnboardingProcess.GATEWAY_WAIT_FOR_ACTIVATION);
		assertThat(TestMail.to(email)).as("not sent again").hasSize(1);
		assertThat(this.queries.findByEmail(email).orElseThrow().access().invitationsSent()).isEqualTo(1);
		String token = TestMail.activationToken(TestMail.to(email).get(0));
		this.activation.activate(token, "once-password-12", "once-password-12");
		assertThat(this.queries.findByEmail(email).orElseThrow().access().state()).isEqualTo(AccessState.ACTIVE);
	}

}
