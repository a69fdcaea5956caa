package io.guichet.doors;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.doors.Doors.Client;
import io.guichet.doors.Doors.Pending;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Multipart;
import io.guichet.support.Tasklist;
import io.guichet.support.TestStaff;
import io.guichet.support.Writes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule: a staff user never reads, creates into or approves into a client hidden from them
 * ({@code allowedUsers}), whatever the door; the refusal writes nothing.
 */
@GuichetTest
class VisibilityAtEveryDoorTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	DataSource dataSource;

	private Doors doors;

	private Writes writes;

	private Client hidden;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.doors = new Doors(this.port);
		this.writes = new Writes(this.dataSource);
		this.hidden = this.doors.hiddenClient();
	}

	@Test
	void shouldRefuseTheHiddenClientOverTheApi() {
		assertThat(this.doors.staff.get("/api/clients/" + this.hidden.id()).status()).isEqualTo(404);
		Http.Response created = this.writes.none("POST /api/contacts",
				() -> this.doors.staff.postJson("/api/contacts",
						Map.of("clientId", this.hidden.id(), "firstName", "Hugo", "lastName", "Hidden", "email",
								Doors.email(), "mobile", "+33 6 11 22 33 44", "role", "MANAGER", "invite", true)));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.json().at("/errors/0/field").asText()).isEqualTo("clientId");
	}

	@Test
	void shouldRefuseTheHiddenClientInTheConsole() {
		Http console = new Http(this.port);
		console.postForm("/console/login", Map.of("_csrf", console.get("/console/login").csrf(), "username",
				TestStaff.STAFF, "password", TestStaff.PASSWORD));
		assertThat(console.get("/console/clients/" + this.hidden.id()).status()).isEqualTo(404);
		String csrf = console.get("/console/contacts/new").csrf();
		Http.Response created = this.writes.none("POST /console/contacts/new",
				() -> console.postForm("/console/contacts/new",
						Map.of("_csrf", csrf, "clientName", this.hidden.name(), "clientId", this.hidden.id(),
								"firstName", "Hugo", "lastName", "Hidden", "email", Doors.email(), "mobile",
								"+33 6 11 22 33 44", "role", "MANAGER", "invite", "true")));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.body()).contains("id=\"clientName-error\"");
	}

	@Test
	void shouldRejectAnImportedRowOfTheHiddenClient() {
		String email = Doors.email();
		String csv = "client,first_name,last_name,email,mobile,role,invite\n" + this.hidden.name() + ",Hugo,Hidden,"
				+ email + ",+33 6 11 22 33 44,MANAGER,yes\n";
		Http.Response upload = this.doors.staff.postMultipart("/api/imports",
				new Multipart().file("file", "hidden.csv", "text/csv", csv.getBytes()));
		assertThat(upload.status()).as(upload.body()).isEqualTo(202);
		String id = upload.json().get("id").asText();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "ANALYSED".equals(this.doors.staff.get("/api/imports/" + id).json().get("state").asText()));
		JsonNode line = this.doors.staff.get("/api/imports/" + id + "/lines").json().at("/items/0");
		assertThat(line.get("outcome").asText()).isEqualTo("REJECTED");
		assertThat(this.doors.staff.send("POST", "/api/imports/" + id + "/run", "").status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "DONE".equals(this.doors.staff.get("/api/imports/" + id).json().get("state").asText()));
		assertThat(this.doors.admin.get("/api/contacts?email=" + email).status()).isEqualTo(404);
	}

	@Test
	void shouldRefuseTheHiddenClientInTheTasklistStartForm() {
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		String email = Doors.email();
		Http.Response started = this.writes.none("the Tasklist start form",
				() -> tasklist.submitStartForm(OnboardingProcess.KEY, Doors.startForm(this.hidden.name(), email)));
		assertThat(started.status()).as(started.body()).isEqualTo(400);
		assertThat(started.json().path("message").asText()).isEqualTo("Choose an existing client.");
	}

	@Test
	void shouldRefuseTheHiddenClientWhenStartingOverTheEngineApi() {
		String email = Doors.email();
		String definition = "/engine-rest/process-definition/key/" + OnboardingProcess.KEY;
		String form = "{\"variables\":" + Doors.startForm(this.hidden.name(), email) + "}";
		Http.Response started = this.writes.none("POST /engine-rest/…/submit-form",
				() -> this.doors.approver.postJson(definition + "/submit-form", form));
		assertThat(started.status()).as(started.body()).isEqualTo(400);
		assertThat(started.json().path("message").asText()).isEqualTo("Choose an existing client.");
		for (String path : new String[] { definition + "/start", definition + "/start/" }) {
			Http.Response plain = this.writes.none("POST " + path, () -> this.doors.approver.postJson(path, form));
			assertThat(plain.status()).as("only through its form: " + plain.body()).isEqualTo(403);
		}
	}

	@Test
	void shouldRefuseToApproveIntoTheHiddenClientInTasklistAndOverTheEngineApi() {
		Pending pending = this.doors.register("Somewhere " + Doors.email());
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response viaTasklist = this.writes.none("the review form",
				() -> tasklist.submitTaskForm(pending.taskId(), Doors.approval(this.hidden.id())));
		assertThat(viaTasklist.status()).as(viaTasklist.body()).isEqualTo(400);
		assertThat(viaTasklist.json().path("message").asText()).isEqualTo("Choose an existing client.");
		Http.Response viaRest = this.writes.none("POST /engine-rest/task/…/complete",
				() -> this.doors.approver.postJson("/engine-rest/task/" + pending.taskId() + "/complete",
						"{\"variables\":" + Doors.approval(this.hidden.id()) + "}"));
		assertThat(viaRest.status()).as(viaRest.body()).isEqualTo(400);
		assertThat(this.tasks.createTaskQuery().taskId(pending.taskId()).count()).isEqualTo(1);
	}

	@Test
	void shouldNeitherProposeNorOfferTheHiddenClientInAReview() {
		Pending pending = this.doors.register(this.hidden.name());
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(pending.accessId())
			.singleResult()
			.getId();
		assertThat(this.runtime.getVariables(instance)).as("the instance carries none of it").isEmpty();
		assertThat(this.tasks.createTaskQuery().taskId(pending.taskId()).singleResult().getAssignee())
			.as("no account manager of the hidden client proposed")
			.isNull();
		Tasklist approver = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response form = approver.http()
			.get(Tasklist.API + "/task/" + pending.taskId() + "/form-variables?deserializeValues=false");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.json().at("/clientId/value").isNull()).as("not proposed").isTrue();
		assertThat(form.json().at("/proposedClientName/value").asText()).isEqualTo("—");
		assertThat(form.json().at("/clientOptions/value").asText()).as("offered when the form opens")
			.isNotEmpty()
			.doesNotContain(this.hidden.id())
			.doesNotContain(this.hidden.name());
		JsonNode contact = this.doors.admin.get("/api/contacts?email=" + pending.email()).json();
		assertThat(contact.path("clientId").isNull()).isTrue();
	}

}
