package io.guichet.access.web;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.Activation;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts in the console: the list, the profile tabs, the edit form, and the portal
 * access tab with its buttons for the sponsor, read-only for other staff.
 */
@GuichetTest
class ContactPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Activation activation;

	Http api;

	ActiveContacts contacts;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.api = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.contacts = new ActiveContacts(this.api, this.runtime, this.management, this.activation);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldListAndFindARegistrationWhoseCompanyMatchedNoClient() {
		String marker = "zr" + UUID.randomUUID().toString().substring(0, 6);
		Http anonymous = new Http(this.port);
		assertThat(anonymous.postJson("/api/registrations",
				Map.of("firstName", "Lisa", "lastName", "Bowman", "email", marker + "@example.com", "mobile",
						"+33 6 12 12 12 12", "company", "Unmatched Furniture " + marker, "requestedRole", "REQUESTER"))
			.status()).isEqualTo(202);
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		// found by the company as typed, by the name and in the whole list's search
		Http.Response byCompany = browser.get("/console/contacts?q=unmatched+furniture+" + marker);
		assertThat(byCompany.body()).contains("Bowman")
			.contains("Unmatched Furniture " + marker + " (as typed, no client yet)")
			.contains("Waiting for review")
			.contains("(1 in all)");
		assertThat(browser.get("/console/contacts?q=" + marker).body()).contains("Bowman");
		JsonNode listed = this.api.get("/api/contacts?q=" + marker).json();
		assertThat(listed.size()).as(listed.toString()).isEqualTo(1);
		assertThat(listed.get(0).get("email").asText()).isEqualTo(marker + "@example.com");
		Http french = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr").http();
		assertThat(french.get("/console/contacts?q=" + marker).body())
			.contains("Unmatched Furniture " + marker + " (saisi, pas encore de client)");
	}

	@Test
	void shouldListSearchShowAndEditContacts() {
		String clientId = this.contacts.client("Pages ", "fr");
		String marker = "zq" + UUID.randomUUID().toString().substring(0, 6);
		String id = this.api.postJson("/api/contacts",
				Map.of("clientId", clientId, "firstName", "Marie", "lastName", "Curie" + marker, "email",
						marker + "@example.com", "mobile", "+33 6 12 12 12 12", "jobTitle", "Chemist", "role",
						"REQUESTER"))
			.json()
			.get("id")
			.asText();
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr").http();
		assertThat(browser.get("/console/contacts?q=" + marker).body()).contains("Curie" + marker)
			.contains("Pas d&#39;accès")
			.contains("Page 1 sur 1 (1 au total)");
		Http.Response ofClient = browser.get("/console/contacts?clientId=" + clientId);
		assertThat(ofClient.body()).as("the client's Contacts tab")
			.contains("Curie" + marker)
			.contains("id=\"client-name\"")
			.containsPattern("id=\"tab-contacts\"[^>]*current");
		assertThat(browser.get("/console/contacts?clientId=" + UUID.randomUUID()).status()).isEqualTo(404);
		String page = "/console/contacts/" + id;
		assertThat(browser.get(page).body()).contains("Chemist");
		Http.Response projects = browser.get(page + "/projects");
		assertThat(projects.body()).as("the Projects tab, a page of the project module")
			.contains("id=\"contact-projects-none\"")
			.containsPattern("id=\"tab-projects\"[^>]*current")
			.contains("href=\"" + page + "?tab=access\"");
		assertThat(browser.get(page + "?tab=projects").header("Location")).endsWith(page + "/projects");
		assertThat(browser.get(page + "?tab=phones").body()).contains("+33 6 12 12 12 12");
		assertThat(browser.get(page + "?tab=access").body()).contains("id=\"no-access\"").contains("id=\"invite\"");

		Http.Response form = browser.get(page + "/edit");
		Map<String, String> values = new java.util.HashMap<>(
				Map.of("_csrf", form.csrf(), "firstName", "Marie", "lastName", "Curie" + marker, "email",
						"not-an-email", "clientName", "nobody", "clientId", "", "address.city", "Varsovie"));
		Http.Response wrong = browser.postForm(page + "/edit", values);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"email-error\"")
			.contains("id=\"clientName-error\"")
			.contains("id=\"phone-error\"")
			.contains("value=\"Varsovie\"");
		values.putAll(Map.of("email", marker + "@example.com", "clientName",
				this.api.get("/api/clients/" + clientId).json().get("name").asText(), "clientId", clientId, "mobile",
				"+33 6 12 12 12 12", "address.street", "11 rue Pierre et Marie Curie", "address.postalCode", "75005",
				"address.city", "Paris"));
		Http.Response saved = browser.postForm(page + "/edit", values);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(browser.get(page + "?tab=addresses").body()).contains("11 rue Pierre et Marie Curie, 75005, Paris");
		assertThat(this.api.get("/api/contacts/" + id).json().get("address").get("city").asText()).isEqualTo("Paris");
		assertThat(browser.get(page + "?tab=history").body()).contains("Modifié");

		Http.Response blank = browser.postForm(page + "/comments", Map.of("_csrf", form.csrf(), "text", " "));
		assertThat(browser.get(blank.header("Location").replaceFirst("^https?://[^/]+", "")).body())
			.contains("id=\"comment-error\"");

		Http.Response ask = browser.postForm(page + "/delete", Map.of("_csrf", form.csrf()));
		assertThat(ask.body()).contains("Supprimer le contact Marie Curie" + marker);
		browser.postForm(page + "/delete", Map.of("_csrf", form.csrf(), "confirmed", "true"));
		assertThat(this.api.get("/api/contacts/" + id).status()).isEqualTo(404);
	}

	@Test
	void shouldActOnTheAccessAsSponsorAndOnlyReadItOtherwise() {
		String clientId = this.contacts.client("Access tab ", "en");
		ActiveContacts.Person person = this.contacts.activate(clientId, "REQUESTER", "Portal-password-1", Map.of());
		String page = "/console/contacts/" + person.id();

		Http other = ConsoleSession.signIn(this.port, TestStaff.APPROVER, "en").http();
		Http.Response readOnly = other.get(page + "?tab=access");
		assertThat(readOnly.body()).contains("id=\"read-only\"").doesNotContain("id=\"revoke\"");
		assertThat(other.postForm(page + "/revocation", Map.of("_csrf", readOnly.csrf(), "confirmed", "true")).status())
			.isEqualTo(403);
		assertThat(this.api.get("/api/contacts/" + person.id()).json().get("access").get("state").asText())
			.isEqualTo("ACTIVE");

		Http sponsor = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		Http.Response tab = sponsor.get(page + "?tab=access");
		assertThat(tab.body()).contains("data-state=\"ACTIVE\">Active<")
			.contains("id=\"remind\"")
			.contains("id=\"reset-password\"")
			.contains("id=\"revoke\"")
			.doesNotContain("id=\"resend\"")
			.doesNotContain("id=\"invite-again\"");
		assertThat(readOnly.body()).doesNotContain("id=\"rights\"");
		assertThat(tab.body()).contains("id=\"rights\"");
		Http.Response noMax = sponsor.postFields(page + "/rights", "_csrf", tab.csrf(), "role", "OBSERVER",
				"permissions", "TEAM_FOLDERS", "permissions", "RESOURCE_PROFILES", "resourceProfilesMax", "");
		assertThat(noMax.status()).isEqualTo(400);
		assertThat(noMax.body()).contains("id=\"resourceProfilesMax-error\"")
			.containsPattern("id=\"permission-TEAM_FOLDERS\"[^>]*checked");
		assertThat(this.api.get("/api/contacts/" + person.id()).json().get("access").get("role").asText())
			.as("nothing written")
			.isEqualTo("REQUESTER");
		Http.Response unreadable = sponsor.postFields(page + "/rights", "_csrf", tab.csrf(), "role", "", "permissions",
				"RESOURCE_PROFILES", "resourceProfilesMax", "five", "expiresOn", "31/12/2099");
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(unreadable.body()).as("every error at once, next to its field")
			.contains("id=\"role-error\"")
			.contains("id=\"resourceProfilesMax-error\"")
			.contains("id=\"expiresOn-error\">This value has the wrong type or format.")
			.contains("value=\"five\"")
			.contains("value=\"31/12/2099\"");
		Http.Response rights = sponsor.postFields(page + "/rights", "_csrf", tab.csrf(), "role", "OBSERVER",
				"permissions", "TEAM_FOLDERS", "permissions", "RESOURCE_PROFILES", "resourceProfilesMax", "5",
				"expiresOn", java.time.LocalDate.now().plusDays(90).toString());
		assertThat(rights.status()).as(rights.body()).isEqualTo(302);
		assertThat(sponsor.get(page + "?tab=access").body()).contains("Saved.");
		var access = this.api.get("/api/contacts/" + person.id()).json().get("access");
		assertThat(access.get("role").asText()).isEqualTo("OBSERVER");
		assertThat(access.get("permissions").asText()).contains("TEAM_FOLDERS").contains("RESOURCE_PROFILES");
		assertThat(access.get("resourceProfilesMax").asInt()).isEqualTo(5);
		assertThat(other.postFields(page + "/rights", "_csrf", readOnly.csrf(), "role", "MANAGER").status())
			.isEqualTo(403);

		sponsor.postForm(page + "/reminder", Map.of("_csrf", tab.csrf()));
		assertThat(sponsor.get(page + "?tab=access").body()).contains("Reminder sent.");

		Http.Response ask = sponsor.postForm(page + "/revocation", Map.of("_csrf", tab.csrf()));
		assertThat(ask.body()).contains("Revoke the portal access of Paula Portal?").contains("id=\"notify\"");
		assertThat(this.api.get("/api/contacts/" + person.id()).json().get("access").get("state").asText())
			.isEqualTo("ACTIVE");
		sponsor.postForm(page + "/revocation", Map.of("_csrf", tab.csrf(), "confirmed", "true"));
		Http.Response revoked = sponsor.get(page + "?tab=access");
		assertThat(revoked.body()).contains("data-state=\"REVOKED\">Revoked<")
			.contains("Access revoked.")
			.contains("id=\"invite-again\"");

		sponsor.postForm(page + "/invitation", Map.of("_csrf", tab.csrf()));
		Http.Response again = sponsor.get(page + "?tab=access");
		assertThat(again.body()).contains("Invitation on its way.");
	}

	@Test
	void shouldDisableTheResendButtonDuringTheCoolDownWithTheTimeItOpens() {
		String clientId = this.contacts.client("Cool-down ", "en");
		String email = "cool-" + UUID.randomUUID() + "@example.com";
		String id = this.api
			.postJson("/api/contacts", Map.of("clientId", clientId, "firstName", "Cool", "lastName", "Down", "email",
					email, "mobile", "+33 6 13 13 13 13", "role", "REQUESTER", "invite", true))
			.json()
			.get("id")
			.asText();
		io.guichet.support.Jobs.runDue(this.management, this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.api.get("/api/contacts/" + id).json().get("access").get("id").asText())
			.singleResult()
			.getId());
		Http sponsor = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		String page = "/console/contacts/" + id;
		Http.Response tab = sponsor.get(page + "?tab=access");
		assertThat(tab.body()).contains("data-state=\"INVITED\">Invited<")
			.contains("id=\"resend-opens\"")
			.contains("Possible from");
		assertThat(tab.body()).containsPattern("id=\"resend\"[^>]*disabled");
		sponsor.postForm(page + "/invitation", Map.of("_csrf", tab.csrf()));
		assertThat(sponsor.get(page + "?tab=access").body()).contains("The last invitation is too recent");

		ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofHours(25))));
		Http.Response later = sponsor.get(page + "?tab=access");
		assertThat(later.body()).doesNotContainPattern("id=\"resend\"[^>]*disabled")
			.doesNotContain("id=\"resend-opens\"");
	}

	@Test
	void shouldShowEveryErrorOfTheNewContactFormAtOnce() {
		String clientId = this.contacts.client("New form ", "en");
		String clientName = this.api.get("/api/clients/" + clientId).json().get("name").asText();
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		Http.Response form = browser.get("/console/contacts/new?clientId=" + clientId);
		assertThat(form.body()).contains("value=\"" + clientName + "\"").contains("value=\"" + clientId + "\"");
		Http.Response wrong = browser.postFields("/console/contacts/new", "_csrf", form.csrf(), "firstName", "Ada",
				"lastName", "Byron", "email", "nope", "clientName", clientName, "clientId", clientId, "role", "KING",
				"mobile", "+33 6 00 00 00 02", "invite", "false");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"email-error\"")
			.contains("Choose a role: REQUESTER, OBSERVER or MANAGER.")
			.doesNotContain("id=\"clientName-error\"")
			.contains("value=\"Ada\"");
		assertThat(wrong.body().split("Enter a valid e-mail address", -1)).as("once").hasSize(2);
		Http.Response unnamed = browser.postFields("/console/contacts/new", "_csrf", form.csrf(), "firstName", " ",
				"lastName", "Byron", "email", "ada@example.com", "clientName", clientName, "clientId", clientId, "role",
				"OBSERVER", "invite", "false");
		assertThat(unnamed.status()).isEqualTo(400);
		assertThat(unnamed.body()).contains("id=\"firstName-error\">Required.").contains("id=\"phone-error\"");
		Http.Response created = browser.postFields("/console/contacts/new", "_csrf", form.csrf(), "firstName", "Ada",
				"lastName", "Byron", "email", "ada-" + UUID.randomUUID() + "@example.com", "clientName", clientName,
				"clientId", "", "role", "OBSERVER", "mobile", "+33 6 00 00 00 02", "invite", "false");
		assertThat(created.status()).as("the client found by its exact name").isEqualTo(302);
		assertThat(browser.get(created.header("Location").replaceFirst("^https?://[^/]+", "")).body())
			.contains("Ada Byron")
			.contains("created, without an invitation");
	}

}
