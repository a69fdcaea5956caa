package io.guichet.doors;

import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.Activation;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.doors.Doors.Client;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Tasklist;
import io.guichet.support.TestStaff;
import io.guichet.support.Writes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: a self-registration never changes an existing contact card, whatever e-mail it
 * names, on the API and on the portal's page: the card keeps its names and its client,
 * the approvers see only what the stranger typed, and the card cannot be approved into
 * the company the stranger named.
 */
@GuichetTest
class SelfRegistrationCardTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	DataSource dataSource;

	@Autowired
	ManagementService management;

	@Autowired
	Activation activation;

	private Doors doors;

	private Client hidden;

	private Client named;

	private String email;

	private String cardId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.doors = new Doors(this.port);
		this.hidden = this.doors.hiddenClient();
		this.named = this.doors.openClient();
		this.email = Doors.email();
		this.cardId = this.doors.card(this.hidden, this.email);
	}

	@Test
	void shouldLeaveTheCardAsItIsWhenAStrangerRegistersOverTheApi() {
		Doors.Pending pending = this.doors.register(this.email, this.named.name());
		assertCardUnchanged();
		assertReviewShowsOnlyWhatWasTyped(pending.accessId());
		assertApprovalIntoTheNamedCompanyRefused(pending.taskId());
	}

	@Test
	void shouldLeaveTheCardAsItIsWhenAStrangerRegistersOnThePortal() {
		Http browser = new Http(this.port);
		String csrf = browser.get("/portal/register").csrf();
		Http.Response sent = browser.postForm("/portal/register",
				Map.of("_csrf", csrf, "firstName", "Rita", "lastName", "Request", "email", this.email, "mobile",
						"+33 6 00 00 00 00", "company", this.named.name(), "requestedRole", "MANAGER", "language", ""));
		assertThat(sent.status()).isEqualTo(200);
		assertCardUnchanged();
		String accessId = this.doors.admin.get("/api/contacts/" + this.cardId).json().at("/access/id").asText();
		assertReviewShowsOnlyWhatWasTyped(accessId);
	}

	@Test
	void shouldLeaveTheCardAsItIsWhenAManagerInvitesItsEmail() {
		ActiveContacts contacts = new ActiveContacts(this.doors.staff, this.runtime, this.management, this.activation);
		Person manager = contacts.activate(this.named.id(), "MANAGER", "Manager-password-12345", Map.of());
		Http portal = ActiveContacts.signIn(this.port, manager, "Manager-password-12345");
		assertThat(portal
			.postJson("/portal/api/team",
					Map.of("firstName", "Rita", "lastName", "Request", "email", this.email, "mobile",
							"+33 6 00 00 00 00", "role", "OBSERVER"))
			.status()).isEqualTo(202);
		JsonNode card = this.doors.admin.get("/api/contacts/" + this.cardId).json();
		assertThat(card.get("clientId").asText()).isEqualTo(this.hidden.id());
		assertThat(card.get("firstName").asText()).isEqualTo("Carla");
		assertThat(card.path("access").isNull()).as("the card itself gets no access").isTrue();
	}

	@Test
	void shouldKeepAStrangersRegistrationOffTheNamedCompanysTeamPage() {
		ActiveContacts contacts = new ActiveContacts(this.doors.staff, this.runtime, this.management, this.activation);
		Person manager = contacts.activate(this.named.id(), "MANAGER", "Manager-password-12345", Map.of());
		String stranger = Doors.email();
		this.doors.register(stranger, this.named.name());
		Http portal = ActiveContacts.signIn(this.port, manager, "Manager-password-12345");
		assertThat(portal.get("/portal/api/team").body()).doesNotContain(stranger);
	}

	private void assertCardUnchanged() {
		JsonNode card = this.doors.admin.get("/api/contacts/" + this.cardId).json();
		assertThat(card.get("clientId").asText()).isEqualTo(this.hidden.id());
		assertThat(card.get("firstName").asText()).isEqualTo("Carla");
		assertThat(card.get("lastName").asText()).isEqualTo("Card");
		assertThat(card.at("/access/state").asText()).isEqualTo("PENDING_APPROVAL");
		assertThat(this.doors.staff.get("/api/contacts/" + this.cardId).status()).as("still hidden from staff")
			.isEqualTo(404);
	}

	/** The review form as an approver opens it in Tasklist. */
	private void assertReviewShowsOnlyWhatWasTyped(String accessId) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(accessId)
			.singleResult()
			.getId();
		String taskId = this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
		Http.Response form = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD)
			.http()
			.get(Tasklist.API + "/task/" + taskId + "/form-variables?deserializeValues=false");
		assertThat(form.status()).as(form.body()).isEqualTo(200);
		JsonNode variables = form.json();
		assertThat(variables.at("/contactName/value").asText()).isEqualTo("Rita Request");
		assertThat(variables.at("/mobile/value").asText()).isEqualTo("+33 6 00 00 00 00");
		assertThat(variables.at("/proposedClientName/value").asText()).isEqualTo("—");
		assertThat(variables.at("/companyAsTyped/value").asText()).isEqualTo(this.named.name());
		assertThat(form.body()).doesNotContain(this.hidden.name()).doesNotContain("Carla");
		assertThat(this.runtime.getVariables(instance)).as("the instance carries none of it").isEmpty();
	}

	private void assertApprovalIntoTheNamedCompanyRefused(String taskId) {
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response approved = new Writes(this.dataSource).none("approving into the company named",
				() -> tasklist.submitTaskForm(taskId, Doors.approval(this.named.id())));
		assertThat(approved.status()).as(approved.body()).isEqualTo(400);
		assertThat(approved.body()).contains("already belongs to a client");
		JsonNode card = this.doors.admin.get("/api/contacts/" + this.cardId).json();
		assertThat(card.get("clientId").asText()).isEqualTo(this.hidden.id());
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(card.at("/access/id").asText())
			.count()).isEqualTo(1);
	}

}
