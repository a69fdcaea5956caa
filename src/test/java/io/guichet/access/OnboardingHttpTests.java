package io.guichet.access;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Jobs;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way in over HTTP: self-registration, approval by the approver through
 * Camunda's REST API as that user, the invitation e-mail, the activation link (GET
 * changes nothing, POST activates, the link then dies).
 */
@GuichetTest
class OnboardingHttpTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	Http staff;

	Http approver;

	Http anyone;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.approver = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
		this.anyone = new Http(this.port);
	}

	@Test
	void shouldTakeASelfRegisteredContactToAnActiveAccess() {
		String clientName = "Http Client " + UUID.randomUUID();
		Http.Response created = this.staff.postJson("/api/clients",
				Map.of("name", clientName, "language", "fr", "accountManager", TestStaff.APPROVER));
		assertThat(created.status()).isEqualTo(201);
		String clientId = created.json().get("id").asText();

		String email = "self-" + UUID.randomUUID() + "@example.com";
		Http.Response registered = this.anyone.postJson("/api/registrations",
				Map.of("firstName", "Jeanne", "lastName", "Baret", "email", email, "mobile", "+33 6 00 00 00 00",
						"company", clientName, "requestedRole", "OBSERVER"));
		assertThat(registered.status()).isEqualTo(202);

		JsonNode contact = this.staff.get("/api/contacts?email=" + email).json();
		String accessId = contact.at("/access/id").asText();
		assertThat(contact.at("/access/state").asText()).isEqualTo("PENDING_APPROVAL");
		assertThat(contact.at("/clientId").isNull()).as("a stranger's request writes no client on the card").isTrue();

		JsonNode tasks = this.approver
			.get("/engine-rest/task?processInstanceBusinessKey=" + accessId + "&taskDefinitionKey="
					+ OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.json();
		assertThat(tasks).hasSize(1);
		String taskId = tasks.get(0).get("id").asText();
		assertThat(this.anyone.postJson("/engine-rest/task/" + taskId + "/complete", "{}").status()).isEqualTo(401);
		Http.Response completed = this.approver.postJson("/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"), "role", Map.of("value", "OBSERVER"),
						"clientId", Map.of("value", clientId))));
		assertThat(completed.status()).as(completed.body()).isEqualTo(204);
		JsonNode approved = this.staff.get("/api/contacts?email=" + email).json();
		assertThat(approved.at("/access/state").asText()).isEqualTo("INVITED");
		assertThat(approved.at("/clientId").asText()).as("the approver chose the client").isEqualTo(clientId);

		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(accessId)
			.singleResult();
		Jobs.runDue(this.management, instance.getId());
		String token = TestMail.activationToken(TestMail.awaitMails(email, 1).get(0));

		Http browser = new Http(this.port).language("fr");
		Http.Response page = browser.get("/activate?token=" + token);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Jeanne Baret").contains(clientName).contains("Activez votre accès");
		assertThat(page.header("Cache-Control")).contains("no-store");
		assertThat(this.staff.get("/api/contacts?email=" + email).json().at("/access/state").asText())
			.as("GET changes nothing")
			.isEqualTo("INVITED");

		Http.Response mismatch = browser.postForm("/activate", Map.of("token", token, "_csrf", page.csrf(), "password",
				PASSWORD, "passwordConfirmation", PASSWORD + "!"));
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.body()).contains("passwordConfirmation-error");

		Http.Response noCsrf = new Http(this.port).postForm("/activate",
				Map.of("token", token, "password", PASSWORD, "passwordConfirmation", PASSWORD));
		assertThat(noCsrf.status()).isEqualTo(403);

		Http.Response activated = browser.postForm("/activate",
				Map.of("token", token, "_csrf", page.csrf(), "password", PASSWORD, "passwordConfirmation", PASSWORD));
		assertThat(activated.status()).isEqualTo(200);
		assertThat(activated.body()).contains("activation-done");
		JsonNode access = this.staff.get("/api/contacts?email=" + email).json().get("access");
		assertThat(access.get("state").asText()).isEqualTo("ACTIVE");
		assertThat(access.get("activatedAt").isNull()).isFalse();
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.finished()
			.singleResult()
			.getEndActivityId()).isEqualTo(OnboardingProcess.END_ACTIVATED);

		Http.Response again = browser.get("/activate?token=" + token);
		assertThat(again.body()).contains("data-status=\"USED\"").doesNotContain("Jeanne");
		Http.Response replay = browser.postForm("/activate", Map.of("token", token, "_csrf", page.csrf(), "password",
				"another password 123", "passwordConfirmation", "another password 123"));
		assertThat(replay.body()).contains("data-status=\"USED\"");
	}

	@Test
	void shouldRefuseACommonOrShortPasswordInTheContactsLanguageAndWriteNothing() {
		Invited french = invite("fr");
		Http browser = new Http(this.port);
		Http.Response page = browser.get("/activate?token=" + french.token());
		Http.Response common = activate(browser, page, french.token(), "PasswordPassword");
		assertThat(common.status()).isEqualTo(400);
		assertThat(common.body()).contains("password-error").contains("Ce mot de passe est trop courant");
		Http.Response tooShort = activate(browser, page, french.token(), "short-password");
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("Choisissez un mot de passe d&#39;au moins 15 caractères.");
		Http.Response predictable = activate(browser, page, french.token(), "aaaaaaaaaaaaaaa");
		assertThat(predictable.body()).contains("Ce mot de passe est trop facile à deviner");
		Http.Response personal = activate(browser, page, french.token(), french.email());
		assertThat(personal.body()).contains("Ce mot de passe est votre adresse e-mail ou votre nom.");
		assertThat(accessState(french.email())).as("nothing written").isEqualTo("INVITED");

		Invited english = invite("en");
		Http.Response englishPage = browser.get("/activate?token=" + english.token());
		Http.Response englishCommon = activate(browser, englishPage, english.token(), "perasperaadastra");
		assertThat(englishCommon.status()).isEqualTo(400);
		assertThat(englishCommon.body()).contains("This password is too common");
		assertThat(activate(browser, englishPage, english.token(), "short-password").body())
			.contains("Choose a password of at least 15 characters.");
		assertThat(accessState(english.email())).isEqualTo("INVITED");

		Http.Response activated = activate(browser, page, french.token(), "quinze caractères au moins");
		assertThat(activated.status()).isEqualTo(200);
		assertThat(activated.body()).contains("activation-done");
		assertThat(accessState(french.email())).isEqualTo("ACTIVE");
	}

	private Invited invite(String language) {
		String clientId = this.staff
			.postJson("/api/clients", Map.of("name", "Words " + UUID.randomUUID(), "language", language))
			.json()
			.get("id")
			.asText();
		String email = "words-" + UUID.randomUUID() + "@example.com";
		String accessId = this.staff
			.postJson("/api/contacts", Map.of("clientId", clientId, "firstName", "Ana", "lastName", "Lyse", "email",
					email, "phone", "+41 22 000 00 00", "role", "REQUESTER", "invite", true))
			.json()
			.get("accessId")
			.asText();
		Jobs.runDue(this.management,
				this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(accessId).singleResult().getId());
		return new Invited(email, TestMail.activationToken(TestMail.awaitMails(email, 1).get(0)));
	}

	private Http.Response activate(Http browser, Http.Response page, String token, String password) {
		return browser.postForm("/activate",
				Map.of("token", token, "_csrf", page.csrf(), "password", password, "passwordConfirmation", password));
	}

	private String accessState(String email) {
		return this.staff.get("/api/contacts?email=" + email).json().at("/access/state").asText();
	}

	record Invited(String email, String token) {
	}

	@Test
	void shouldAnswerTheSameToARegistrationWhetherTheEmailIsKnownOrNot() {
		String email = "twice-" + UUID.randomUUID() + "@example.com";
		Map<String, String> registration = Map.of("firstName", "Jo", "lastName", "Doe", "email", email, "otherChannel",
				"skype:jo", "company", "Whatever Ltd", "requestedRole", "REQUESTER");
		Http.Response first = this.anyone.postJson("/api/registrations", registration);
		Http.Response second = this.anyone.postJson("/api/registrations", registration);
		assertThat(second.status()).isEqualTo(first.status()).isEqualTo(202);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.staff.get("/api/contacts?email=" + email).json().at("/access/id").asText())
			.count()).isEqualTo(1);
	}

	@Test
	void shouldShowClearPagesForUnknownAndSupersededLinks() {
		Http.Response unknown = this.anyone.get("/activate?token=not-a-real-token");
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.body()).contains("data-status=\"UNKNOWN\"");
		Http.Response none = this.anyone.language("fr").get("/activate");
		assertThat(none.body()).contains("data-status=\"UNKNOWN\"").contains("Ce lien n&#39;est pas valide");
	}

	@Test
	void shouldRefuseAManualResendWithinTheCoolDownWithItsTime() {
		String clientId = this.staff.postJson("/api/clients", Map.of("name", "Cool " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
		String email = "cool-" + UUID.randomUUID() + "@example.com";
		JsonNode created = this.staff
			.postJson("/api/contacts", Map.of("clientId", clientId, "firstName", "Ana", "lastName", "Lyse", "email",
					email, "phone", "+41 22 000 00 00", "role", "REQUESTER", "invite", true))
			.json();
		String contactId = created.get("id").asText();
		assertThat(this.staff.get("/api/contacts/" + contactId).json().at("/access/state").asText())
			.isEqualTo("INVITED");
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(created.get("accessId").asText())
			.singleResult();
		Jobs.runDue(this.management, instance.getId());

		Http.Response resend = this.staff.postJson("/api/contacts/" + contactId + "/invitations", "{}");
		assertThat(resend.status()).isEqualTo(409);
		assertThat(resend.contentType()).contains("application/problem+json");
		assertThat(resend.json().get("retryAfter").asText()).isNotBlank();
	}

}
