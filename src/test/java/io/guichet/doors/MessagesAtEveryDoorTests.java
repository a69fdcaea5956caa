package io.guichet.doors;

import java.util.Map;

import javax.sql.DataSource;

import io.guichet.access.process.OnboardingProcess;
import io.guichet.doors.Doors.Client;
import io.guichet.doors.Doors.Invited;
import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Jobs;
import io.guichet.support.Tasklist;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import io.guichet.support.Writes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: Guichet's process messages are sent by Guichet only, so the re-send cool-down
 * holds on every door: the API and the console answer when a new invitation is possible,
 * the engine door refuses the message (403) for every user, admins too; the link already
 * sent keeps working.
 */
@GuichetTest
class MessagesAtEveryDoorTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	DataSource dataSource;

	private Doors doors;

	private Writes writes;

	private Invited invited;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.doors = new Doors(this.port);
		this.writes = new Writes(this.dataSource);
		Client client = this.doors.openClient();
		this.invited = this.doors.invited(this.doors.staff, client);
		Jobs.runDue(this.management,
				this.runtime.createProcessInstanceQuery()
					.processInstanceBusinessKey(this.invited.accessId())
					.singleResult()
					.getId());
		assertThat(TestMail.awaitMails(this.invited.email(), 1)).hasSize(1);
	}

	@Test
	void shouldAnswerTheCoolDownOnTheApiAndTheConsole() {
		Http.Response api = this.writes.none("POST /api/contacts/…/invitations",
				() -> this.doors.staff.postJson("/api/contacts/" + this.invited.contactId() + "/invitations", "{}"));
		assertThat(api.status()).isEqualTo(409);
		assertThat(api.json().get("retryAfter").asText()).isNotBlank();
		ConsoleSession console = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		Http.Response page = this.writes.none("the console's re-send button",
				() -> console.post("/console/contacts/" + this.invited.contactId() + "/invitation"));
		assertThat(console.follow(page).body()).contains("too recent");
	}

	@Test
	void shouldRefuseGuichetsMessagesOverTheEngineApiToEveryone() {
		for (Http caller : new Http[] { this.doors.staff, this.doors.admin }) {
			for (String message : new String[] { OnboardingProcess.MESSAGE_RESEND_REQUESTED,
					OnboardingProcess.MESSAGE_REGISTRATION_RECEIVED, OnboardingProcess.MESSAGE_ACCESS_ACTIVATED }) {
				Http.Response sent = this.writes.none("POST /engine-rest/message " + message,
						() -> caller.postJson("/engine-rest/message",
								Map.of("messageName", message, "businessKey", this.invited.accessId())));
				assertThat(sent.status()).as(message + ": " + sent.body()).isEqualTo(403);
			}
		}
		Http.Response trailing = this.writes.none("POST /engine-rest/message/",
				() -> this.doors.admin.postJson("/engine-rest/message/", Map.of("messageName",
						OnboardingProcess.MESSAGE_RESEND_REQUESTED, "businessKey", this.invited.accessId())));
		assertThat(trailing.status()).isEqualTo(403);
		assertThat(TestMail.to(this.invited.email())).as("no new invitation").hasSize(1);
	}

	@Test
	void shouldRefuseGuichetsMessagesThroughTasklistsCopyOfTheApi() {
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response sent = this.writes.none("the webapps' POST …/message",
				() -> tasklist.http()
					.postJson(Tasklist.API + "/message", Map.of("messageName",
							OnboardingProcess.MESSAGE_RESEND_REQUESTED, "businessKey", this.invited.accessId())));
		assertThat(sent.status()).isEqualTo(403);
	}

	@Test
	void shouldRefuseSignalsTriggersAndStartsAtAnActivity() {
		String execution = this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(this.invited.accessId())
			.messageEventSubscriptionName(OnboardingProcess.MESSAGE_RESEND_REQUESTED)
			.singleResult()
			.getId();
		assertThat(this.writes
			.none("a trigger", () -> this.doors.admin.postJson("/engine-rest/execution/" + execution
					+ "/messageSubscriptions/" + OnboardingProcess.MESSAGE_RESEND_REQUESTED + "/trigger", "{}"))
			.status()).isEqualTo(403);
		assertThat(this.writes
			.none("a signal", () -> this.doors.admin.postJson("/engine-rest/signal", Map.of("name", "anything")))
			.status()).isEqualTo(403);
		Http.Response atActivity = this.writes.none("a start at an activity",
				() -> this.doors.approver.postJson(
						"/engine-rest/process-definition/key/" + OnboardingProcess.KEY + "/start",
						"{\"businessKey\":\"" + this.invited.accessId() + "\",\"startInstructions\":"
								+ "[{\"type\":\"startBeforeActivity\",\"activityId\":\""
								+ OnboardingProcess.TASK_SEND_INVITATION + "\"}]}"));
		assertThat(atActivity.status()).as(atActivity.body()).isEqualTo(403);
		assertThat(TestMail.to(this.invited.email())).as("no new invitation").hasSize(1);
	}

}
