package io.guichet.doors;

import java.time.Duration;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule: the actor in the history and the sponsor of an access is always the authenticated
 * user; a caller-supplied variable ({@code initiator}, {@code decidedBy}, any other)
 * never sets them.
 */
@GuichetTest
class ActorAtEveryDoorTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	DataSource dataSource;

	private Doors doors;

	private Client client;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.doors = new Doors(this.port);
		this.client = this.doors.openClient();
	}

	@Test
	void shouldRefuseAnInitiatorSentToTheEngineApiAndNameTheCaller() {
		String email = Doors.email();
		String start = "/engine-rest/process-definition/key/" + OnboardingProcess.KEY + "/submit-form";
		String withInitiator = Doors.startForm(this.client.name(), email)
			.replace("{\"firstName\"", "{\"initiator\":{\"value\":\"admin\"},\"firstName\"");
		Http.Response refused = new Writes(this.dataSource).none("a start naming its initiator",
				() -> this.doors.approver.postJson(start, "{\"variables\":" + withInitiator + "}"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("initiator");

		Http.Response started = this.doors.approver.postJson(start,
				"{\"variables\":" + Doors.startForm(this.client.name(), email) + "}");
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		assertSponsorAndActor(email, TestStaff.APPROVER, "INVITED");
	}

	@Test
	void shouldNameTheSignedInUserForATasklistStartAndRefuseAnInitiator() {
		String email = Doors.email();
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		String withInitiator = Doors.startForm(this.client.name(), email)
			.replace("{\"firstName\"", "{\"initiator\":{\"value\":\"admin\"},\"firstName\"");
		Http.Response refused = new Writes(this.dataSource).none("a Tasklist start naming its initiator",
				() -> tasklist.submitStartForm(OnboardingProcess.KEY, withInitiator));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		Http.Response started = tasklist.submitStartForm(OnboardingProcess.KEY,
				Doors.startForm(this.client.name(), email));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		assertSponsorAndActor(email, TestStaff.APPROVER, "INVITED");
	}

	@Test
	void shouldNameTheApproverNotAVariable() {
		Pending pending = this.doors.register(this.client.name());
		String forged = Doors.approval(this.client.id())
			.replace("{\"decision\"", "{\"decidedBy\":{\"value\":\"admin\"},\"decision\"");
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response refused = new Writes(this.dataSource).none("a completion naming its approver",
				() -> tasklist.submitTaskForm(pending.taskId(), forged));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("decidedBy");

		Http.Response approved = tasklist.submitTaskForm(pending.taskId(), Doors.approval(this.client.id()));
		assertThat(approved.status()).as(approved.body()).isEqualTo(204);
		assertSponsorAndActor(pending.email(), TestStaff.APPROVER, "APPROVED");
	}

	@Test
	void shouldNameTheCallerOfTheApi() {
		Http sponsor = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		String email = this.doors.invited(sponsor, this.client).email();
		assertSponsorAndActor(email, TestStaff.STAFF, "INVITED");
	}

	@Test
	void shouldNameTheUploaderOfAnImport() {
		String email = Doors.email();
		String csv = "client,first_name,last_name,email,mobile,role,invite\n" + this.client.name() + ",Ida,Import,"
				+ email + ",+33 6 11 22 33 44,OBSERVER,yes\n";
		Http.Response upload = this.doors.staff.postMultipart("/api/imports",
				new Multipart().file("file", "actor.csv", "text/csv", csv.getBytes()));
		assertThat(upload.status()).as(upload.body()).isEqualTo(202);
		String id = upload.json().get("id").asText();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "ANALYSED".equals(this.doors.staff.get("/api/imports/" + id).json().get("state").asText()));
		assertThat(this.doors.staff.send("POST", "/api/imports/" + id + "/run", "").status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "DONE".equals(this.doors.staff.get("/api/imports/" + id).json().get("state").asText()));
		assertSponsorAndActor(email, TestStaff.STAFF, "IMPORTED");
		assertSponsorAndActor(email, TestStaff.STAFF, "INVITED");
	}

	private void assertSponsorAndActor(String email, String user, String action) {
		JsonNode contact = this.doors.admin.get("/api/contacts?email=" + email).json();
		assertThat(contact.at("/access/sponsor").asText()).isEqualTo(user);
		JsonNode history = this.doors.admin.get("/api/contacts/" + contact.get("id").asText() + "/history").json();
		boolean found = false;
		for (JsonNode entry : history.get("items")) {
			if (action.equals(entry.get("action").asText())) {
				assertThat(entry.get("actor").asText()).as(action).isEqualTo(user);
				found = true;
			}
		}
		assertThat(found).as("history has " + action).isTrue();
	}

}
