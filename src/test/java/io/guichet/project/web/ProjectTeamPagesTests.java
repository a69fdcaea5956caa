package io.guichet.project.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.common.Actor;
import io.guichet.project.ProjectBook;
import io.guichet.project.ProjectFixture;
import io.guichet.project.ProjectSummary;
import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static io.guichet.project.ProjectFixture.member;
import static io.guichet.project.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's clients and contacts from its console page: assign with a rate and custom
 * permissions, change them, clone and remove the overrides, take a contact off (asks
 * first); and the contact-projects fragment of the contact page.
 */
@GuichetTest
class ProjectTeamPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	ProjectBook projects;

	@Autowired
	ITemplateEngine templates;

	Http api;

	ProjectFixture fixture;

	String token;

	String clientId;

	String projectId;

	String page;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.api = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.fixture = new ProjectFixture(this.api);
		this.token = "Team" + UUID.randomUUID().toString().substring(0, 8);
		this.clientId = this.fixture.client(this.token + " client");
		this.projectId = this.fixture.create(project(this.token + " project", this.clientId));
		this.page = "/console/projects/" + this.projectId;
	}

	@Test
	void shouldAssignContactsAndChangeCloneAndRemoveTheirOverrides() {
		String ada = this.fixture.contact(this.clientId, "Ada");
		String bob = this.fixture.contact(this.clientId, "Bob");
		String stranger = this.fixture.contact(this.fixture.client(this.token + " other"), "Stranger");
		ConsoleSession staff = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		assertThat(staff.get(this.page).body()).contains("id=\"no-members\"")
			.contains("Pat Ada")
			.contains("Pat Bob")
			.doesNotContain("Pat Stranger");

		Http.Response badRate = staff.post(this.page + "/contacts", "contactId", ada, "hourlyRate", "-3", "custom",
				"true", "permissions", "PROJECT_REVIEW");
		assertThat(badRate.status()).isEqualTo(400);
		assertThat(badRate.body()).contains("id=\"hourlyRate-error\">Enter an amount of zero or more")
			.contains("value=\"-3\"");
		Http.Response notOfClients = staff.post(this.page + "/contacts", "contactId", stranger);
		assertThat(notOfClients.status()).isEqualTo(400);
		assertThat(notOfClients.body()).contains("id=\"contactId-error\">Choose a contact of one of the project");
		assertThat(this.fixture.get(this.projectId).get("contacts")).as("nothing written").isEmpty();

		Http.Response assigned = staff.post(this.page + "/contacts", "contactId", ada, "hourlyRate", "45,5", "custom",
				"true", "permissions", "PROJECT_REVIEW", "permissions", "TEAM_FOLDERS");
		assertThat(staff.follow(assigned).body()).contains("Pat Ada was added to the project")
			.contains("45.50")
			.contains("Project review");
		staff.follow(staff.post(this.page + "/contacts", "contactId", bob));
		JsonNode project = this.fixture.get(this.projectId);
		assertThat(member(project, ada).get("hourlyRate").decimalValue()).isEqualByComparingTo("45.50");
		assertThat(texts(member(project, ada).get("permissions"))).containsExactly("PROJECT_REVIEW", "TEAM_FOLDERS");
		assertThat(member(project, bob).get("customPermissions").asBoolean()).isFalse();
		assertThat(staff.get(this.page).body()).contains(">Portal level<");

		Http.Response badChange = staff.post(this.page + "/contacts/" + bob, "hourlyRate", "lots");
		assertThat(badChange.status()).isEqualTo(400);
		assertThat(badChange.body()).contains("id=\"rate-" + bob + "-error\"").contains("value=\"lots\"");
		Http.Response changed = staff.post(this.page + "/contacts/" + bob, "hourlyRate", "60", "custom", "true",
				"permissions", "INVOICE_REVIEW");
		assertThat(staff.follow(changed).body()).contains("Pat Bob: rate and permissions saved");
		project = this.fixture.get(this.projectId);
		assertThat(member(project, bob).get("hourlyRate").decimalValue()).isEqualByComparingTo("60");
		assertThat(texts(member(project, bob).get("permissions"))).containsExactly("INVOICE_REVIEW");

		Http.Response noTarget = staff.post(this.page + "/contacts/" + ada + "/permissions/clone");
		assertThat(noTarget.status()).isEqualTo(400);
		assertThat(noTarget.body()).contains("id=\"clone-" + ada + "-error\">Required.<");
		Http.Response cloned = staff.post(this.page + "/contacts/" + ada + "/permissions/clone", "contactIds", bob);
		assertThat(staff.follow(cloned).body()).contains("were copied to 1 contact");
		assertThat(texts(member(this.fixture.get(this.projectId), bob).get("permissions")))
			.containsExactly("PROJECT_REVIEW", "TEAM_FOLDERS");

		Http.Response portalLevel = staff.post(this.page + "/contacts/" + bob + "/permissions/removal");
		assertThat(staff.follow(portalLevel).body()).contains("Pat Bob is back to the portal-level permissions");
		project = this.fixture.get(this.projectId);
		assertThat(member(project, bob).get("customPermissions").asBoolean()).isFalse();
		assertThat(member(project, ada).get("customPermissions").asBoolean()).isTrue();
		Http.Response nothingToClone = staff.post(this.page + "/contacts/" + bob + "/permissions/clone", "contactIds",
				ada);
		assertThat(staff.follow(nothingToClone).body()).contains("id=\"problem\"").contains("nothing to copy");

		Http.Response ask = staff.post(this.page + "/contacts/" + ada + "/removal", "notify", "false");
		assertThat(ask.status()).isEqualTo(200);
		assertThat(ask.body()).contains("id=\"confirm-question\"").contains("Take Pat Ada off the project");
		assertThat(member(this.fixture.get(this.projectId), ada)).as("asked only").isNotNull();
		Http.Response removed = staff.post(this.page + "/contacts/" + ada + "/removal", "notify", "false", "confirmed",
				"true");
		assertThat(staff.follow(removed).body()).contains("Pat Ada was taken off the project");
		assertThat(member(this.fixture.get(this.projectId), ada)).isNull();
	}

	@Test
	void shouldAddMakePrimaryAndRemoveClientsOfTheProject() {
		String otherName = this.token + " partner";
		String other = this.fixture.client(otherName);
		otherName = this.api.get("/api/clients/" + other).json().get("name").asText();
		ConsoleSession staff = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr");

		Http.Response typedFree = staff.post(this.page + "/clients", "clientName", "Personne " + this.token, "clientId",
				"");
		assertThat(typedFree.status()).isEqualTo(400);
		assertThat(typedFree.body()).contains("id=\"clientName-error\">Choisissez un client existant.<");
		Http.Response added = staff.post(this.page + "/clients", "clientName", otherName, "clientId", other);
		assertThat(staff.follow(added).body()).contains("est désormais client du projet");
		assertThat(this.fixture.get(this.projectId).get("clients")).hasSize(2);

		Http.Response primaryStays = staff.post(this.page + "/clients/" + this.clientId + "/removal");
		assertThat(staff.follow(primaryStays).body()).contains("id=\"problem\"")
			.contains("Le client principal ne peut pas être retiré");
		staff.follow(staff.post(this.page + "/clients/" + other + "/primary"));
		JsonNode clients = this.fixture.get(this.projectId).get("clients");
		assertThat(clients.get(0).get("id").asText()).isEqualTo(other);
		assertThat(clients.get(0).get("primary").asBoolean()).isTrue();

		String assigned = this.fixture.contact(this.clientId, "Assigned");
		this.fixture.assign(this.projectId, Map.of("contactId", assigned));
		Http.Response stillAssigned = staff.follow(staff.post(this.page + "/clients/" + this.clientId + "/removal"));
		assertThat(stillAssigned.body()).contains("id=\"problem\"").contains("sont encore affectés au projet");
		staff.follow(staff.post(this.page + "/contacts/" + assigned + "/removal", "confirmed", "true"));
		Http.Response removed = staff.follow(staff.post(this.page + "/clients/" + this.clientId + "/removal"));
		assertThat(removed.body()).contains("est plus client du projet");
		assertThat(this.fixture.get(this.projectId).get("clients")).hasSize(1);
	}

	@Test
	void shouldListAContactsVisibleProjectsWithTheFragment() {
		String contact = this.fixture.contact(this.clientId, "Fragment");
		this.fixture.assign(this.projectId, Map.of("contactId", contact));
		String restricted = this.fixture.restrictedClient(this.token + " restricted", TestStaff.APPROVER);
		ProjectFixture approver = new ProjectFixture(new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD));
		String hidden = approver.create(project(this.token + " hidden", this.clientId, restricted));
		approver.assign(hidden, Map.of("contactId", contact));

		List<ProjectSummary> seen = this.projects.ofContact(UUID.fromString(contact), Actor.staff(TestStaff.STAFF));
		assertThat(seen).extracting(ProjectSummary::name).containsExactly(this.token + " project");
		assertThat(this.projects.ofContact(UUID.fromString(contact), Actor.staff(TestStaff.APPROVER))).hasSize(2);

		String html = render(seen, Locale.FRENCH);
		assertThat(html).contains("id=\"contact-projects\"")
			.contains("href=\"/console/projects/" + this.projectId + "\"")
			.contains(this.token + " project")
			.contains(">Ouvert<")
			.doesNotContain(this.token + " hidden");
		assertThat(render(List.of(), Locale.ENGLISH)).contains("This contact is assigned to no project.")
			.doesNotContain("id=\"contact-projects\"");
	}

	/** The fragment as a contact page includes it. */
	private String render(List<ProjectSummary> projects, Locale locale) {
		MockServletContext servletContext = new MockServletContext();
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(request, new MockHttpServletResponse()), locale);
		context.setVariable("projects", projects);
		return this.templates.process("console-test/contact-projects", context);
	}

	private static List<String> texts(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

}
