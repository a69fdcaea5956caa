package io.guichet.portal;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.Activation;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My account": a contact changes their password and their own details from the portal; a
 * mistake is shown next to its field, in the contact's language, and writes nothing.
 */
@GuichetTest
class AccountPagesTests {

	private static final String PASSWORD = "Account-password-12345";

	private static final String NEW_PASSWORD = "Lantern harbour violet 42";

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

	private Http staff;

	private Person contact;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		ActiveContacts contacts = new ActiveContacts(this.staff, this.runtime, this.management, this.activation);
		this.contact = contacts.activate(contacts.client("Account ", "en"), "REQUESTER", PASSWORD, Map.of());
	}

	@Test
	void shouldShowTheAccountPageFromTheNavigation() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		assertThat(portal.get("/portal").body()).contains("id=\"nav-account\"").contains("/portal/account");
		Http.Response page = portal.get("/portal/account");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("My account").contains("value=\"Paula\"").contains("Current password");
		assertThat(portal.get("/portal/account?lang=fr").body()).contains("Mon compte").contains("Mot de passe actuel");
	}

	@Test
	void shouldRefuseAWrongCurrentPasswordAndWriteNothing() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		Http.Response wrong = changePassword(portal, "", "Not-my-password-at-all", NEW_PASSWORD, NEW_PASSWORD);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"currentPassword-error\"")
			.contains("This is not your current password.");
		Http.Response french = changePassword(portal, "?lang=fr", "Not-my-password-at-all", NEW_PASSWORD, NEW_PASSWORD);
		assertThat(french.status()).isEqualTo(400);
		assertThat(french.body()).contains("pas votre mot de passe actuel");
		assertThat(actions()).doesNotContain("PASSWORD_CHANGED");
		assertThat(ActiveContacts.session(this.port, this.contact, PASSWORD).get("/portal").status()).isEqualTo(200);
		assertThat(signInFails(NEW_PASSWORD)).isTrue();
	}

	@Test
	void shouldApplyThePasswordPolicyInBothLanguages() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		Http.Response tooShort = changePassword(portal, "?lang=en", PASSWORD, "short-one", "short-one");
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("id=\"password-error\"")
			.contains("Choose a password of at least 15 characters.");
		Http.Response common = changePassword(portal, "?lang=fr", PASSWORD, "polniypizdec0211", "polniypizdec0211");
		assertThat(common.status()).isEqualTo(400);
		assertThat(common.body()).contains("id=\"password-error\"").contains("Ce mot de passe est trop courant");
		Http.Response mismatch = changePassword(portal, "?lang=en", PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.body()).contains("id=\"passwordConfirmation-error\"")
			.contains("The two passwords are not the same.");
		assertThat(actions()).doesNotContain("PASSWORD_CHANGED");
		assertThat(ActiveContacts.session(this.port, this.contact, PASSWORD).get("/portal").status()).isEqualTo(200);
	}

	@Test
	void shouldChangeThePasswordEndOtherSessionsAndKeepThisOne() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		Http other = ActiveContacts.session(this.port, this.contact, PASSWORD);
		assertThat(other.get("/portal").status()).isEqualTo(200);
		Http.Response changed = changePassword(portal, "", PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
		assertThat(changed.status()).isEqualTo(302);
		assertThat(changed.header("Location")).endsWith("/portal/account");
		Http.Response after = portal.get("/portal/account");
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.body()).contains("Your password was changed.");
		assertThat(portal.get("/portal").status()).isEqualTo(200);
		Http.Response ended = other.get("/portal");
		assertThat(ended.status()).isEqualTo(302);
		assertThat(ended.header("Location")).contains("/portal/login");
		assertThat(signInFails(PASSWORD)).isTrue();
		assertThat(ActiveContacts.session(this.port, this.contact, NEW_PASSWORD).get("/portal").status())
			.isEqualTo(200);
		JsonNode last = history().get(0);
		assertThat(last.get("action").asText()).isEqualTo("PASSWORD_CHANGED");
		assertThat(last.get("actor").asText()).isEqualTo("contact");
	}

	@Test
	void shouldCountWrongCurrentPasswordsAsFailedPasswords() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		for (int i = 0; i < 12; i++) {
			assertThat(changePassword(portal, "", PASSWORD, "short", "short").status())
				.as("a new password the policy refuses is not a guess")
				.isEqualTo(400);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(changePassword(portal, "", "guess-" + i, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(400);
		}
		assertThat(changePassword(portal, "", PASSWORD, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(429);
		assertThat(actions()).doesNotContain("PASSWORD_CHANGED");
	}

	@Test
	void shouldRefuseBadDetailsNextToTheirFieldsAndWriteNothing() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		Map<String, String> bad = details("", "Portal", "not a phone!", "", "", "xx");
		Http.Response english = postDetails(portal, "?lang=en", bad);
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.body()).contains("id=\"firstName-error\"")
			.contains("Required.")
			.contains("id=\"phone-error\"")
			.contains("Enter a phone number")
			.contains("id=\"language-error\"")
			.contains("Choose a language Guichet speaks");
		Http.Response french = postDetails(portal, "?lang=fr", bad);
		assertThat(french.status()).isEqualTo(400);
		assertThat(french.body()).contains("Obligatoire.").contains("Saisissez un numéro de téléphone");
		Http.Response unreachable = postDetails(portal, "?lang=en", details("Paula", "Portal", "", "", "", "en"));
		assertThat(unreachable.status()).isEqualTo(400);
		assertThat(unreachable.body()).contains("id=\"phone-error\"").contains("Give at least one phone");
		JsonNode card = card();
		assertThat(card.get("firstName").asText()).isEqualTo("Paula");
		assertThat(card.get("mobile").asText()).isEqualTo("+33 6 98 76 54 32");
		assertThat(actions()).doesNotContain("CHANGED");
	}

	@Test
	void shouldUpdateOwnDetailsAndIgnoreStaffFields() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		String clientBefore = card().get("clientId").asText();
		Map<String, String> fields = details("Paule", "Portail", "+33 1 23 45 67 89", "", "Teams: paule", "fr");
		fields.put("email", "someone-else@example.com");
		fields.put("clientId", "00000000-0000-0000-0000-000000000001");
		fields.put("privacy", "HIDDEN");
		Http.Response saved = postDetails(portal, "", fields);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(portal.get("/portal/account").body()).contains("Vos coordonnées ont été enregistrées.");
		JsonNode card = card();
		assertThat(card.get("firstName").asText()).isEqualTo("Paule");
		assertThat(card.get("lastName").asText()).isEqualTo("Portail");
		assertThat(card.get("phone").asText()).isEqualTo("+33 1 23 45 67 89");
		assertThat(card.get("mobile").isNull()).isTrue();
		assertThat(card.get("otherChannel").asText()).isEqualTo("Teams: paule");
		assertThat(card.get("language").asText()).isEqualTo("fr");
		assertThat(card.get("email").asText()).isEqualTo(this.contact.email());
		assertThat(card.get("clientId").asText()).isEqualTo(clientBefore);
		assertThat(card.get("privacy").asText()).isEqualTo("VISIBLE_TO_ALL");
		JsonNode last = history().get(0);
		assertThat(last.get("action").asText()).isEqualTo("CHANGED");
		assertThat(last.get("actor").asText()).isEqualTo("contact");
		assertThat(last.get("details").asText()).contains("Paule").contains("Portail").doesNotContain("someone-else");
		assertThat(ActiveContacts.session(this.port, this.contact, PASSWORD).get("/portal").status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseFormsWithoutCsrfToken() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		assertThat(portal
			.postForm("/portal/account/password",
					Map.of("currentPassword", PASSWORD, "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD))
			.status()).isEqualTo(403);
		assertThat(portal.postForm("/portal/account/details", details("Eve", "Portal", "", "+33 6 11 22 33 44", "", ""))
			.status()).isEqualTo(403);
		assertThat(card().get("firstName").asText()).isEqualTo("Paula");
		assertThat(ActiveContacts.session(this.port, this.contact, PASSWORD).get("/portal").status()).isEqualTo(200);
	}

	private Http.Response changePassword(Http portal, String query, String current, String password,
			String confirmation) {
		String csrf = portal.get("/portal/account" + query).csrf();
		return portal.postForm("/portal/account/password" + query, Map.of("_csrf", csrf, "currentPassword", current,
				"password", password, "passwordConfirmation", confirmation));
	}

	private Http.Response postDetails(Http portal, String query, Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("_csrf", portal.get("/portal/account" + query).csrf());
		return portal.postForm("/portal/account/details" + query, form);
	}

	private static Map<String, String> details(String firstName, String lastName, String phone, String mobile,
			String otherChannel, String language) {
		return new HashMap<>(Map.of("firstName", firstName, "lastName", lastName, "phone", phone, "mobile", mobile,
				"otherChannel", otherChannel, "language", language));
	}

	private boolean signInFails(String password) {
		Http browser = new Http(this.port);
		Http.Response login = browser.get("/portal/login");
		Http.Response answer = browser.postForm("/portal/login",
				Map.of("_csrf", login.csrf(), "email", this.contact.email(), "password", password));
		return answer.header("Location") != null && answer.header("Location").contains("error");
	}

	private JsonNode card() {
		return this.staff.get("/api/contacts/" + this.contact.id()).json();
	}

	private JsonNode history() {
		return this.staff.get("/api/contacts/" + this.contact.id() + "/history").json().get("items");
	}

	private String actions() {
		StringBuilder actions = new StringBuilder();
		history().forEach((entry) -> actions.append(entry.get("action").asText()).append(' '));
		return actions.toString();
	}

}
