package io.guichet.config;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Tasklist;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completing a task over {@code /engine-rest}: an unknown task is a 404 (the engine alone
 * would answer 500); a task the caller may not work on is refused by the engine's own
 * authorization check (403), without the door first querying tasks through the caller's
 * authorizations; either way the task stays open. A completion Guichet refuses (a
 * rejection without a reason) is a 400 whose message is the sentence alone, in the
 * browser's language, logged in one line and never as an error.
 */
@GuichetTest
@ExtendWith(OutputCaptureExtension.class)
class TaskCompletionDoorTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	private static final String REJECT_WITHOUT_REASON = "{\"decision\":{\"value\":\"REJECT\"},"
			+ "\"role\":{\"value\":\"REQUESTER\"},\"rejectionReason\":{\"value\":\"\"}}";

	@Autowired
	RuntimeService runtime;

	private Http staff;

	private Http approver;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.approver = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
	}

	@Test
	void shouldAnswer404ForAnUnknownTask() {
		Http.Response response = this.approver.postJson("/engine-rest/task/" + UUID.randomUUID() + "/complete",
				"{\"variables\":{}}");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("type").asText()).isNotBlank();
	}

	@Test
	void shouldRefuseARejectionWithoutReasonInFrenchWithTheSentenceOnlyAndNoError(CapturedOutput output) {
		String taskId = reviewTask(registration("Door Client " + UUID.randomUUID()));
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		tasklist.http().language("fr-FR,fr;q=0.9,en;q=0.5");
		int before = output.length();

		Http.Response refused = tasklist.submitTaskForm(taskId, REJECT_WITHOUT_REASON);

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().path("type").asText()).isNotBlank();
		assertThat(refused.json().path("message").asText()).isEqualTo("Indiquez un motif pour refuser.");
		assertThat(this.tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
		assertThat(this.runtime.getVariable(
				this.tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId(),
				OnboardingProcess.VAR_DECISION))
			.isNull();
		String logged = output.toString().substring(before);
		assertThat(logged).contains("Refused: [rejectionReason]").doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	@Test
	void shouldRefuseARejectionWithoutReasonInEnglishOverBothDoors(CapturedOutput output) {
		String taskId = reviewTask(registration("Door Client " + UUID.randomUUID()));
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		tasklist.http().language("en");
		int before = output.length();

		Http.Response refused = tasklist.submitTaskForm(taskId, REJECT_WITHOUT_REASON);
		Http.Response overEngineRest = this.approver.language("en")
			.postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + REJECT_WITHOUT_REASON + "}");

		for (Http.Response response : List.of(refused, overEngineRest)) {
			assertThat(response.status()).as(response.body()).isEqualTo(400);
			assertThat(response.json().path("message").asText()).isEqualTo("Give a reason to reject.");
		}
		assertThat(this.tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
		assertThat(output.toString().substring(before)).doesNotContain(" ERROR ").doesNotContain(taskId + ":");
	}

	@Test
	void shouldLeaveTheRefusalOfATaskTheCallerMayNotWorkOnToTheEngine() {
		String clientName = "Door Client " + UUID.randomUUID();
		String clientId = this.staff.postJson("/api/clients", Map.of("name", clientName, "language", "en"))
			.json()
			.get("id")
			.asText();
		String email = "door-" + UUID.randomUUID() + "@example.com";
		assertThat(
				new Http(this.port)
					.postJson("/api/registrations",
							Map.of("firstName", "Dora", "lastName", "Door", "email", email, "mobile",
									"+33 6 00 00 00 00", "company", clientName, "requestedRole", "REQUESTER"))
					.status())
			.isEqualTo(202);
		String accessId = this.staff.get("/api/contacts?email=" + email).json().at("/access/id").asText();
		JsonNode review = this.approver
			.get("/engine-rest/task?processInstanceBusinessKey=" + accessId + "&taskDefinitionKey="
					+ OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.json();
		assertThat(review).hasSize(1);
		String taskId = review.get(0).get("id").asText();
		String approval = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"role\":{\"value\":\"REQUESTER\"},"
				+ "\"clientId\":{\"value\":\"" + clientId + "\"}}}";

		Http.Response outsider = new Http(this.port).as(TestStaff.OUTSIDER, TestStaff.PASSWORD)
			.postJson("/engine-rest/task/" + taskId + "/complete", approval);

		assertThat(outsider.status()).as(outsider.body()).isEqualTo(403);
		assertThat(outsider.json().path("type").asText()).isEqualTo("AuthorizationException");
		assertThat(this.tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
	}

	/** A self-registration for a company no client matches; returns its e-mail. */
	private String registration(String company) {
		String email = "door-" + UUID.randomUUID() + "@example.com";
		assertThat(
				new Http(this.port)
					.postJson("/api/registrations",
							Map.of("firstName", "Dora", "lastName", "Door", "email", email, "mobile",
									"+33 6 00 00 00 00", "company", company, "requestedRole", "REQUESTER"))
					.status())
			.isEqualTo(202);
		return email;
	}

	private String reviewTask(String email) {
		String accessId = this.staff.get("/api/contacts?email=" + email).json().at("/access/id").asText();
		JsonNode review = this.approver
			.get("/engine-rest/task?processInstanceBusinessKey=" + accessId + "&taskDefinitionKey="
					+ OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.json();
		assertThat(review).hasSize(1);
		return review.get(0).get("id").asText();
	}

}
