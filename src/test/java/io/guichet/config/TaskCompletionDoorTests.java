package io.guichet.config;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completing a task over {@code /engine-rest}: an unknown task is a 404 (the engine alone
 * would answer 500); a task the caller may not work on is refused by the engine's own
 * authorization check (403), without the door first querying tasks through the caller's
 * authorizations; either way the task stays open.
 */
@GuichetTest
class TaskCompletionDoorTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

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

}
