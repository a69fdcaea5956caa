package io.guichet.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.guichet.access.Activation;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Jobs;
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
 * The managers' team page in the portal: the own company's contacts only, paged; invite
 * (errors next to the fields, in the contact's language), change a role, remove and move
 * assignments (both asked first), CSRF on every form.
 */
@GuichetTest
class TeamPagesTests {

	private static final String PASSWORD = "team-page-password-1";

	private static final Pattern ROW = Pattern.compile("id=\"member-([0-9a-f-]{36})\"");

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

	ActiveContacts contacts;

	String company;

	Person manager;

	Person colleague;

	Http portal;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.contacts = new ActiveContacts(this.staff, this.runtime, this.management, this.activation);
		this.company = this.contacts.client("Team page ", "en");
		this.manager = this.contacts.activate(this.company, "MANAGER", PASSWORD, Map.of());
		this.colleague = this.contacts.activate(this.company, "REQUESTER", PASSWORD, Map.of("lastName", "Colleague"));
		this.portal = ActiveContacts.signIn(this.port, this.manager, PASSWORD);
	}

	@Test
	void shouldListTheOwnCompanysContactsOnlyTwentyAPage() {
		Person hidden = card(this.company, "Hidden", "HIDDEN_FROM_CLIENTS");
		Person stranger = this.contacts.activate(this.contacts.client("Other ", "en"), "REQUESTER", PASSWORD, Map.of());
		for (int i = 0; i < 20; i++) {
			card(this.company, "Zeta" + (char) ('a' + i), "VISIBLE_TO_ALL");
		}

		Http.Response first = this.portal.get("/portal/team");
		assertThat(first.status()).isEqualTo(200);
		assertThat(rows(first)).hasSize(20).contains(this.manager.id(), this.colleague.id());
		assertThat(first.body()).contains(this.colleague.email())
			.contains("Active")
			.contains("No portal access")
			.contains("Page 1 of 2 (22 in all)")
			.contains("id=\"nav-team\"")
			.doesNotContain(hidden.email(), stranger.email());

		Http.Response second = this.portal.get("/portal/team?page=1");
		assertThat(rows(second)).hasSize(2).doesNotContain(this.manager.id(), hidden.id(), stranger.id());
		assertThat(second.body()).contains("Page 2 of 2").doesNotContain(stranger.email());
	}

	@Test
	void shouldRefuseThePageToContactsWhoAreNotManagersInTheirLanguage() {
		Person french = this.contacts.activate(this.company, "REQUESTER", PASSWORD, Map.of("language", "fr"));
		Http requester = ActiveContacts.signIn(this.port, french, PASSWORD);
		assertThat(requester.get("/portal").body()).contains("id=\"portal-nav\"").doesNotContain("id=\"nav-team\"");

		Http.Response refused = requester.get("/portal/team");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Réservé aux responsables").doesNotContain(this.manager.email());
		assertThat(requester.postForm("/portal/team/" + this.colleague.id() + "/remove", Map.of("confirmed", "true"))
			.status()).isEqualTo(403);
		assertThat(state(this.colleague)).isEqualTo("ACTIVE");
		assertThat(requester.get("/portal?lang=en").body()).as("a language picked wins over the contact's")
			.contains("My access");
		assertThat(requester.get("/portal/team").body()).as("and is remembered").contains("For managers only");

		Person stranger = this.contacts.activate(this.contacts.client("Elsewhere ", "en"), "REQUESTER", PASSWORD,
				Map.of());
		Http.Response notMine = this.portal.postForm("/portal/team/" + stranger.id() + "/remove",
				Map.of("confirmed", "true"));
		assertThat(notMine.status()).isEqualTo(404);
		assertThat(notMine.body()).contains("This contact is not one of your company");
		assertThat(state(stranger)).isEqualTo("ACTIVE");
	}

	@Test
	void shouldShowInvitationErrorsNextToTheirFieldsInEnglishAndFrenchAndWriteNothing() {
		String email = "typed-" + UUID.randomUUID() + "@example.com";
		Map<String, String> typed = Map.of("firstName", "Ann", "lastName", "", "email", email, "role", "OBSERVER");

		Http.Response english = this.portal.postForm("/portal/team/invite", typed);
		assertThat(english.status()).isEqualTo(400);
		assertThat(error(english, "lastName")).isEqualTo("Required.");
		assertThat(error(english, "phone")).startsWith("Give at least one phone, mobile or other channel");
		assertThat(english.body()).doesNotContain("id=\"email-error\"")
			.contains("value=\"Ann\"")
			.contains("value=\"" + email + "\"")
			.containsPattern("value=\"OBSERVER\" selected");

		assertThat(this.portal.get("/portal/team?lang=fr").body()).contains("Inviter un collègue");
		Map<String, String> bad = new HashMap<>(typed);
		bad.put("email", "nope");
		Http.Response french = this.portal.postForm("/portal/team/invite", bad);
		assertThat(french.status()).isEqualTo(400);
		assertThat(error(french, "lastName")).isEqualTo("Obligatoire.");
		assertThat(error(french, "email")).isEqualTo("Saisissez une adresse e-mail valide, comme nom@societe.fr.");
		assertThat(error(french, "phone")).startsWith("Indiquez au moins un téléphone");
		assertThat(french.body()).contains("value=\"nope\"");

		assertThat(this.staff.get("/api/contacts?email=" + email).status()).isEqualTo(404);
		assertThat(rows(this.portal.get("/portal/team"))).hasSize(2);
	}

	@Test
	void shouldInviteAColleagueWhoStaysOffTheTeamUntilApprovedAndTellNothingAboutKnownAddresses() {
		String email = "invited-" + UUID.randomUUID() + "@example.com";
		Http.Response sent = this.portal.postForm("/portal/team/invite", Map.of("firstName", "Nina", "lastName",
				"Newcomer", "email", email, "mobile", "+33 6 11 22 33 44", "role", "OBSERVER", "language", ""));
		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.header("Location")).endsWith("/portal/team");
		Http.Response page = this.portal.get("/portal/team");
		assertThat(page.body()).contains("Your invitation of Nina Newcomer was sent to an approver");
		String contactId = this.staff.get("/api/contacts?email=" + email).json().get("id").asText();
		// a registration waiting for review is not part of the team: not listed, not
		// offered as a target for moving work, not reachable by its id
		assertThat(rows(page)).doesNotContain(contactId);
		assertThat(page.body()).doesNotContain(email).doesNotContain(contactId);
		assertThat(
				this.portal.postForm("/portal/team/" + this.colleague.id() + "/move", Map.of("to", contactId)).status())
			.isEqualTo(404);
		assertThat(this.portal.postForm("/portal/team/" + contactId + "/role", Map.of("role", "MANAGER")).status())
			.isEqualTo(404);
		String accessId = this.staff.get("/api/contacts/" + contactId).json().at("/access/id").asText();
		assertThat(this.tasks.createTaskQuery()
			.processInstanceBusinessKey(accessId)
			.taskDefinitionKey(OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.count()).isEqualTo(1);

		// nor once an approver has rejected it
		org.camunda.bpm.engine.task.Task review = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(accessId)
			.singleResult();
		this.tasks.complete(review.getId(), Map.of("decision", "REJECT", "rejectionReason", "Not one of ours"));
		Jobs.runDue(this.management, review.getProcessInstanceId());
		assertThat(this.staff.get("/api/contacts/" + contactId).json().at("/access/state").asText())
			.isEqualTo("APPROVAL_REJECTED");
		assertThat(rows(this.portal.get("/portal/team"))).doesNotContain(contactId);
		assertThat(this.portal.get("/portal/api/team").body()).doesNotContain(contactId);

		Person stranger = this.contacts.activate(this.contacts.client("Known ", "en"), "REQUESTER", PASSWORD, Map.of());
		Http.Response known = this.portal.postForm("/portal/team/invite", Map.of("firstName", "Nina", "lastName",
				"Newcomer", "email", stranger.email(), "mobile", "+33 6 11 22 33 44", "role", "OBSERVER"));
		assertThat(known.status()).isEqualTo(sent.status());
		assertThat(known.header("Location")).isEqualTo(sent.header("Location"));
		Http.Response after = this.portal.get("/portal/team");
		assertThat(after.body()).contains("Your invitation of Nina Newcomer was sent to an approver")
			.doesNotContain(stranger.email());
		assertThat(state(stranger)).isEqualTo("ACTIVE");
	}

	@Test
	void shouldChangeAColleaguesRole() {
		Http.Response changed = this.portal.postForm("/portal/team/" + this.colleague.id() + "/role",
				Map.of("role", "OBSERVER"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(this.portal.get("/portal/team").body()).contains("Paula Colleague now has the role Observer.");
		assertThat(this.staff.get("/api/contacts/" + this.colleague.id()).json().at("/access/role").asText())
			.isEqualTo("OBSERVER");
		assertThat(
				this.staff.get("/api/contacts/" + this.colleague.id() + "/history").json().findValuesAsText("action"))
			.contains("ROLE_CHANGED");

		assertThat(
				this.portal.postForm("/portal/team/" + this.colleague.id() + "/role", Map.of("role", "BOSS")).status())
			.isEqualTo(302);
		assertThat(this.portal.get("/portal/team").body()).contains("Choose a role");
		assertThat(this.staff.get("/api/contacts/" + this.colleague.id()).json().at("/access/role").asText())
			.isEqualTo("OBSERVER");
	}

	@Test
	void shouldAskBeforeRemovingAnAccessThenRemoveIt() {
		String remove = "/portal/team/" + this.colleague.id() + "/remove";
		Http.Response question = this.portal.postForm(remove, Map.of("notify", "false"));
		assertThat(question.status()).isEqualTo(200);
		assertThat(question.body()).contains("Remove the portal access of Paula Colleague?")
			.contains("name=\"confirmed\" value=\"true\"")
			.contains("name=\"notify\" value=\"true\"")
			.contains("action=\"" + remove + "\"");
		assertThat(state(this.colleague)).as("nothing happens before the answer").isEqualTo("ACTIVE");

		Http.Response removed = this.portal.postForm(remove, Map.of("notify", "false", "confirmed", "true"));
		assertThat(removed.status()).isEqualTo(302);
		assertThat(state(this.colleague)).isEqualTo("REVOKED");
		Http.Response page = this.portal.get("/portal/team");
		assertThat(page.body()).contains("The portal access of Paula Colleague was removed.")
			.doesNotContain("id=\"remove-" + this.colleague.id() + "\"");

		assertThat(this.portal.postForm(remove, Map.of("confirmed", "true")).status()).isEqualTo(302);
		assertThat(this.portal.get("/portal/team").body()).contains("This access has already ended.");
		assertThat(this.portal.postForm("/portal/team/" + this.manager.id() + "/remove", Map.of("confirmed", "true"))
			.status()).as("not the own access").isEqualTo(403);
	}

	@Test
	void shouldAskBeforeMovingAssignmentsThenMoveThem() {
		String project = this.staff.postJson("/api/projects", Map.of("name", "Bridge " + UUID.randomUUID(), "clients",
				List.of(Map.of("clientId", this.company, "primary", true))))
			.json()
			.get("id")
			.asText();
		assertThat(
				this.staff.postJson("/api/projects/" + project + "/contacts", Map.of("contactId", this.colleague.id()))
					.status())
			.isEqualTo(201);
		String move = "/portal/team/" + this.colleague.id() + "/move";

		Http.Response question = this.portal.postForm(move, Map.of("to", this.manager.id()));
		assertThat(question.status()).isEqualTo(200);
		assertThat(question.body())
			.contains("Move the assignments of Paula Colleague in open projects to Paula Portal?")
			.contains("name=\"to\" value=\"" + this.manager.id() + "\"");
		assertThat(members(project)).contains(this.colleague.id());

		assertThat(this.portal.postForm(move, Map.of("to", this.manager.id(), "confirmed", "true")).status())
			.isEqualTo(302);
		assertThat(this.portal.get("/portal/team").body())
			.contains("1 assignment moved from Paula Colleague to Paula Portal.");
		assertThat(members(project)).contains(this.manager.id()).doesNotContain(this.colleague.id());

		Person stranger = this.contacts.activate(this.contacts.client("Far ", "en"), "REQUESTER", PASSWORD, Map.of());
		assertThat(this.portal.postForm(move, Map.of("to", stranger.id(), "confirmed", "true")).status())
			.as("never into another company")
			.isEqualTo(404);
		assertThat(this.portal.postForm(move, Map.of("to", "", "confirmed", "true")).status()).isEqualTo(302);
		assertThat(this.portal.get("/portal/team").body()).contains("Choose the colleague who takes over");
	}

	@Test
	void shouldRefuseEveryFormPostedWithoutItsCsrfToken() {
		Http session = ActiveContacts.session(this.port, this.manager, PASSWORD);
		String email = "forged-" + UUID.randomUUID() + "@example.com";
		assertThat(session
			.postForm("/portal/team/invite", Map.of("firstName", "Forged", "lastName", "Invite", "email", email,
					"mobile", "+33 6 11 22 33 44", "role", "MANAGER"))
			.status()).isEqualTo(403);
		assertThat(
				session.postForm("/portal/team/" + this.colleague.id() + "/role", Map.of("role", "MANAGER")).status())
			.isEqualTo(403);
		assertThat(session.postForm("/portal/team/" + this.colleague.id() + "/remove", Map.of("confirmed", "true"))
			.status()).isEqualTo(403);
		assertThat(this.staff.get("/api/contacts?email=" + email).status()).isEqualTo(404);
		assertThat(state(this.colleague)).isEqualTo("ACTIVE");
		assertThat(this.staff.get("/api/contacts/" + this.colleague.id()).json().at("/access/role").asText())
			.isEqualTo("REQUESTER");

		Http.Response page = session.get("/portal/team");
		assertThat(session
			.postForm("/portal/team/" + this.colleague.id() + "/role", Map.of("_csrf", page.csrf(), "role", "OBSERVER"))
			.status()).as("the page's own token works").isEqualTo(302);
	}

	private Person card(String clientId, String lastName, String privacy) {
		String email = "card-" + UUID.randomUUID() + "@example.com";
		String id = this.staff
			.postJson("/api/contacts",
					Map.of("clientId", clientId, "firstName", "Card", "lastName", lastName, "email", email, "mobile",
							"+33 6 20 20 20 20", "role", "REQUESTER", "invite", false, "privacy", privacy))
			.json()
			.get("id")
			.asText();
		return new Person(id, null, email);
	}

	private String state(Person person) {
		return this.staff.get("/api/contacts/" + person.id()).json().at("/access/state").asText();
	}

	private List<String> members(String projectId) {
		return this.staff.get("/api/projects/" + projectId).json().findValuesAsText("contactId");
	}

	private static List<String> rows(Http.Response page) {
		return ROW.matcher(page.body()).results().map((row) -> row.group(1)).toList();
	}

	/** The error shown under a field of the invitation form. */
	private static String error(Http.Response page, String field) {
		Matcher matcher = Pattern.compile("id=\"" + field + "-error\">([^<]*)<").matcher(page.body());
		assertThat(matcher.find()).as("an error under " + field).isTrue();
		return matcher.group(1);
	}

}
