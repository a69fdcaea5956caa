package io.guichet.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.Activation;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
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
 * A client's manager manages its own company's contacts from the portal, and no other
 * company's.
 */
@GuichetTest
class ManagerTeamTests {

	private static final String PASSWORD = "manager-password-1";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	Activation activation;

	Http staff;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
	}

	@Test
	void shouldManageTheOwnCompanysContactsOnly() {
		ActiveContacts contacts = new ActiveContacts(this.staff, this.runtime, this.management, this.activation);
		String company = contacts.client("Managed ", "en");
		Person manager = contacts.activate(company, "MANAGER", PASSWORD, Map.of());
		Person colleague = contacts.activate(company, "REQUESTER", PASSWORD, Map.of());
		Person hidden = card(company, "HIDDEN_FROM_CLIENTS");
		Person stranger = contacts.activate(contacts.client("Other ", "en"), "REQUESTER", PASSWORD, Map.of());

		Http portal = ActiveContacts.signIn(this.port, manager, PASSWORD);
		JsonNode team = portal.get("/portal/api/team").json();
		assertThat(team.findValuesAsText("contactId")).contains(manager.id(), colleague.id())
			.doesNotContain(hidden.id(), stranger.id());

		String invited = "colleague-" + UUID.randomUUID() + "@example.com";
		assertThat(portal
			.postJson("/portal/api/team", Map.of("firstName", "New", "lastName", "Colleague", "email", invited,
					"mobile", "+33 6 10 10 10 10", "role", "OBSERVER"))
			.status()).isEqualTo(202);
		JsonNode pending = this.staff.get("/api/contacts?email=" + invited).json();
		assertThat(pending.at("/access/state").asText()).isEqualTo("PENDING_APPROVAL");
		assertThat(pending.get("clientId").asText()).isEqualTo(company);
		assertThat(this.tasks.createTaskQuery()
			.processInstanceBusinessKey(pending.at("/access/id").asText())
			.taskDefinitionKey(OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.count()).isEqualTo(1);
		assertThat(portal
			.postJson("/portal/api/team",
					Map.of("firstName", "Bad", "lastName", "Input", "email", "nope", "role", "OBSERVER"))
			.status()).isEqualTo(400);

		assertThat(
				portal.send("PUT", "/portal/api/team/" + colleague.id() + "/role", Map.of("role", "OBSERVER")).status())
			.isEqualTo(204);
		assertThat(this.staff.get("/api/contacts/" + colleague.id()).json().at("/access/role").asText())
			.isEqualTo("OBSERVER");
		assertThat(this.staff.get("/api/contacts/" + colleague.id() + "/history").json().findValuesAsText("action"))
			.contains("ROLE_CHANGED");

		assertThat(
				portal.send("PUT", "/portal/api/team/" + stranger.id() + "/role", Map.of("role", "MANAGER")).status())
			.as("another company")
			.isEqualTo(404);
		assertThat(portal.postJson("/portal/api/team/" + stranger.id() + "/revocation", "{}").status()).isEqualTo(404);
		assertThat(this.staff.get("/api/contacts/" + stranger.id()).json().at("/access/state").asText())
			.isEqualTo("ACTIVE");

		String project = this.staff
			.postJson("/api/projects", Map.of("name", "Tower " + UUID.randomUUID(), "clients",
					List.of(Map.of("clientId", company, "primary", true))))
			.json()
			.get("id")
			.asText();
		assertThat(this.staff.postJson("/api/projects/" + project + "/contacts", Map.of("contactId", colleague.id()))
			.status()).isEqualTo(201);
		Http.Response moved = portal.postJson("/portal/api/team/" + colleague.id() + "/assignments/move",
				Map.of("toContactId", manager.id()));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("moved").asInt()).isEqualTo(1);
		assertThat(this.staff.get("/api/projects/" + project).json().findValuesAsText("contactId"))
			.contains(manager.id())
			.doesNotContain(colleague.id());
		assertThat(portal
			.postJson("/portal/api/team/" + colleague.id() + "/assignments/move", Map.of("toContactId", stranger.id()))
			.status()).as("never into another company").isEqualTo(404);
		assertThat(portal.get("/portal").body()).contains(project.isEmpty() ? "" : "Tower");

		Http colleagueSession = ActiveContacts.signIn(this.port, colleague, PASSWORD);
		assertThat(colleagueSession.get("/portal/api/team").status()).as("not a manager").isEqualTo(403);

		assertThat(
				portal.postJson("/portal/api/team/" + colleague.id() + "/revocation", Map.of("notify", false)).status())
			.isEqualTo(202);
		assertThat(this.staff.get("/api/contacts/" + colleague.id()).json().at("/access/state").asText())
			.isEqualTo("REVOKED");
	}

	private Person card(String clientId, String privacy) {
		String email = "team-" + UUID.randomUUID() + "@example.com";
		JsonNode created = this.staff
			.postJson("/api/contacts", Map.of("clientId", clientId, "firstName", "Team", "lastName", "Member", "email",
					email, "mobile", "+33 6 20 20 20 20", "role", "REQUESTER", "invite", false, "privacy", privacy))
			.json();
		return new Person(created.get("id").asText(), null, email);
	}

}
