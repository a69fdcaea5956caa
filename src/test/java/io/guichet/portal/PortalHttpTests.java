package io.guichet.portal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.Activation;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.common.Throttle;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Jobs;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.internet.MimeMessage;
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
 * The contact's side over HTTP: the portal's own sign-in, kept apart from staff pages;
 * the authenticate and activity calls; password reset through GreenMail; the sponsor
 * rule; throttling.
 */
@GuichetTest
class PortalHttpTests {

	private static final String PASSWORD = "portal-password-1";

	private static final Pattern RESET_LINK = Pattern.compile("/portal/password-reset/new\\?token=([A-Za-z0-9_-]+)");

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

	@Autowired
	Throttle throttle;

	Http staff;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.throttle.clear();
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
	}

	@AfterEach
	void forgetFailures() {
		this.throttle.clear();
	}

	@Test
	void shouldSignInToThePortalAndShowTheAccessButNoStaffPage() {
		Contact contact = activeContact();
		Http browser = new Http(this.port).language("fr");
		Http.Response login = browser.get("/portal/login");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("Connexion au portail client");

		Http.Response wrong = browser.postForm("/portal/login",
				Map.of("_csrf", login.csrf(), "email", contact.email(), "password", "not the password"));
		assertThat(wrong.status()).isEqualTo(302);
		assertThat(wrong.header("Location")).endsWith("/portal/login?error");

		Http.Response signedIn = browser.postForm("/portal/login",
				Map.of("_csrf", browser.get("/portal/login").csrf(), "email", contact.email(), "password", PASSWORD));
		assertThat(signedIn.header("Location")).endsWith("/portal");
		Http.Response page = browser.get("/portal");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Mon accès").contains(contact.clientName()).contains("Demandeur");

		assertThat(browser.get("/dev/mail").status()).as("no staff page for a contact").isIn(401, 403);
		assertThat(browser.get("/api/clients").status()).isEqualTo(401);
		assertThat(browser.get("/engine-rest/task").status()).isEqualTo(401);

		Http.Response out = browser.postForm("/portal/logout", Map.of("_csrf", page.csrf()));
		assertThat(out.header("Location")).endsWith("/portal/login?logout");
		assertThat(browser.get("/portal").status()).isEqualTo(302);

		assertThat(new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD).get("/portal").status())
			.as("staff credentials do not open the portal")
			.isEqualTo(302);
	}

	@Test
	void shouldAuthenticateForAnotherPortalWithOneAnswerForEveryFailure() {
		Contact contact = activeContact();
		Http portal = new Http(this.port);
		Http.Response ok = portal.postJson("/api/portal/authenticate",
				Map.of("email", contact.email().toUpperCase(), "password", PASSWORD));
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().get("state").asText()).isEqualTo("ACTIVE");
		assertThat(ok.json().get("lastAccessAt").isNull()).isFalse();

		Http.Response wrongPassword = portal.postJson("/api/portal/authenticate",
				Map.of("email", contact.email(), "password", "wrong password!"));
		Http.Response unknownEmail = portal.postJson("/api/portal/authenticate",
				Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", PASSWORD));
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
		assertThat(new Http(this.port).language("fr")
			.postJson("/api/portal/authenticate", Map.of("email", contact.email(), "password", "wrong again!"))
			.body()).contains("Adresse e-mail ou mot de passe incorrect");
		assertThat(new Http(this.port).language("fr").get("/api/clients").body()).contains("Authentification requise");

		assertThat(new Http(this.port).postJson("/api/access/" + contact.accessId() + "/activity", "{}").status())
			.isEqualTo(401);
		assertThat(this.staff.postJson("/api/access/" + contact.accessId() + "/activity", "{}").status())
			.isEqualTo(204);
	}

	@Test
	void shouldRecordConcurrentLoginsOfOneAccessWithoutAnError() throws Exception {
		Contact contact = activeContact();
		// the benchmark saw 500s here: both logins wrote the access row, the second
		// failed its version check
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				boolean activity = i % 2 == 0;
				answers.add(pool.submit(() -> activity
						? this.staff.postJson("/api/access/" + contact.accessId() + "/activity", "{}").status()
						: authenticate(contact.email(), PASSWORD)));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isIn(200, 204);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void shouldThrottleRepeatedFailuresWithA429() {
		Contact contact = activeContact();
		Http portal = new Http(this.port);
		for (int i = 0; i < 10; i++) {
			assertThat(portal
				.postJson("/api/portal/authenticate", Map.of("email", contact.email(), "password", "guess" + i))
				.status()).isEqualTo(401);
		}
		Http.Response throttled = portal.postJson("/api/portal/authenticate",
				Map.of("email", contact.email(), "password", PASSWORD));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.contentType()).contains("application/problem+json");
		assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();

		Http browser = new Http(this.port);
		Http.Response login = browser.get("/portal/login");
		Http.Response page = browser.postForm("/portal/login",
				Map.of("_csrf", login.csrf(), "email", contact.email(), "password", PASSWORD));
		assertThat(page.status()).as("the portal form shares the password budget").isEqualTo(429);

		for (int i = 0; i < 10; i++) {
			new Http(this.port).get("/activate?token=guess-" + i);
		}
		Http.Response activationPage = new Http(this.port).language("fr").get("/activate?token=guess-more");
		assertThat(activationPage.status()).isEqualTo(429);
		assertThat(activationPage.body()).contains("Trop de tentatives");
	}

	@Test
	void shouldResetAPasswordByEmailWithoutSayingWhetherTheAddressIsKnown() {
		Contact contact = activeContact();
		Http browser = new Http(this.port);
		Http.Response form = browser.get("/portal/password-reset");
		Http.Response known = browser.postForm("/portal/password-reset",
				Map.of("_csrf", form.csrf(), "email", contact.email()));
		Http.Response unknown = browser.postForm("/portal/password-reset",
				Map.of("_csrf", form.csrf(), "email", "nobody-" + UUID.randomUUID() + "@example.com"));
		assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
		assertThat(known.body()).isEqualTo(unknown.body());

		MimeMessage mail = TestMail.awaitMails(contact.email(), 2).get(1);
		String token = RESET_LINK.matcher(TestMail.body(mail)).results().findFirst().orElseThrow().group(1);
		Http.Response resetForm = browser.get("/portal/password-reset/new?token=" + token);
		assertThat(resetForm.status()).isEqualTo(200);
		assertThat(resetForm.header("Cache-Control")).contains("no-store");
		Http.Response common = browser.postForm("/portal/password-reset/new", Map.of("_csrf", resetForm.csrf(), "token",
				token, "password", "1qaz2wsx3edc4rfv", "passwordConfirmation", "1qaz2wsx3edc4rfv"));
		assertThat(common.status()).isEqualTo(400);
		assertThat(common.body()).contains("This password is too common");
		String newPassword = "a brand new password";
		Http.Response done = browser.postForm("/portal/password-reset/new", Map.of("_csrf", resetForm.csrf(), "token",
				token, "password", newPassword, "passwordConfirmation", newPassword));
		assertThat(done.body()).contains("reset-done");
		assertThat(browser.get("/portal/password-reset/new?token=" + token).body()).contains("data-status=\"USED\"");

		assertThat(authenticate(contact.email(), PASSWORD)).isEqualTo(401);
		assertThat(authenticate(contact.email(), newPassword)).isEqualTo(200);

		// at most one reset e-mail per guichet.portal.reset-cooldown (5 minutes)
		assertThat(this.staff.postJson("/api/contacts/" + contact.id() + "/password-reset", "{}").status())
			.isEqualTo(409);
		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 6 * 60_000L));
		try {
			assertThat(this.staff.postJson("/api/contacts/" + contact.id() + "/password-reset", "{}").status())
				.isEqualTo(202);
		}
		finally {
			ClockUtil.reset();
		}
		assertThat(TestMail.awaitMails(contact.email(), 3)).hasSize(3);
		assertThat(this.staff.postJson("/api/contacts/" + contact.id() + "/reminder", "{}").status()).isEqualTo(202);
		assertThat(TestMail.body(TestMail.awaitMails(contact.email(), 4).get(3))).contains("/portal/login");
	}

	@Test
	void shouldLetOnlyTheSponsorOrAnAdminChangeTheRights() {
		Contact contact = activeContact();
		Map<String, Object> rights = Map.of("role", "MANAGER", "permissions", List.of("INVOICE_REVIEW"));
		Http otherStaff = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response refused = otherStaff.send("PUT", "/api/contacts/" + contact.id() + "/access", rights);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(otherStaff.get("/api/contacts/" + contact.id()).json().at("/access/role").asText())
			.as("others can read them")
			.isEqualTo("REQUESTER");

		assertThat(this.staff.send("PUT", "/api/contacts/" + contact.id() + "/access", rights).status())
			.as("the sponsor may")
			.isEqualTo(204);
		JsonNode access = this.staff.get("/api/contacts/" + contact.id()).json().get("access");
		assertThat(access.get("role").asText()).isEqualTo("MANAGER");
		assertThat(access.get("permissions").asText()).isEqualTo("INVOICE_REVIEW");

		Http.Response noMax = this.staff.send("PUT", "/api/contacts/" + contact.id() + "/access",
				Map.of("role", "MANAGER", "permissions", List.of("RESOURCE_PROFILES")));
		assertThat(noMax.status()).isEqualTo(400);
		assertThat(noMax.json().get("errors").findValuesAsText("field")).containsExactly("resourceProfilesMax");
		assertThat(this.staff
			.send("PUT", "/api/contacts/" + contact.id() + "/access",
					Map.of("role", "MANAGER", "permissions", List.of("RESOURCE_PROFILES"), "resourceProfilesMax", 5))
			.status()).isEqualTo(204);
		assertThat(this.staff.get("/api/contacts/" + contact.id()).json().at("/access/resourceProfilesMax").asInt())
			.isEqualTo(5);

		Http admin = new Http(this.port).as("admin", "Admin-password-1");
		assertThat(admin.send("PUT", "/api/contacts/" + contact.id() + "/access", Map.of("role", "OBSERVER")).status())
			.as("an admin may")
			.isEqualTo(204);
	}

	@Test
	void shouldRevokeAtOnceOverTheApiAndInviteAgain() {
		Contact contact = activeContact();
		assertThat(
				this.staff.postJson("/api/contacts/" + contact.id() + "/revocation", Map.of("notify", true)).status())
			.isEqualTo(202);
		assertThat(this.staff.get("/api/contacts/" + contact.id()).json().at("/access/state").asText())
			.isEqualTo("REVOKED");
		assertThat(authenticate(contact.email(), PASSWORD)).isEqualTo(401);
		assertThat(this.staff.postJson("/api/contacts/" + contact.id() + "/revocation", "{}").status()).isEqualTo(409);
		assertThat(this.staff.postJson("/api/contacts/" + contact.id() + "/invitations", "{}").status())
			.as("invite again")
			.isEqualTo(202);
		assertThat(this.staff.get("/api/contacts/" + contact.id()).json().at("/access/state").asText())
			.isEqualTo("INVITED");
	}

	@Test
	void shouldRegisterFromThePortalPageWithErrorsNextToTheFields() {
		Http browser = new Http(this.port).language("fr");
		Http.Response form = browser.get("/portal/register");
		assertThat(form.status()).isEqualTo(200);
		Http.Response invalid = browser.postForm("/portal/register", Map.of("_csrf", form.csrf(), "firstName", "Léa",
				"lastName", "Martin", "email", "pas-une-adresse", "company", "Acme", "requestedRole", "OBSERVER"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"email-error\"")
			.contains("Saisissez une adresse e-mail valide")
			.contains("id=\"phone-error\"")
			.contains("value=\"Léa\"");

		String email = "page-" + UUID.randomUUID() + "@example.com";
		Map<String, String> valid = Map.of("_csrf", form.csrf(), "firstName", "Léa", "lastName", "Martin", "email",
				email, "otherChannel", "skype:lea", "company", "Acme", "requestedRole", "OBSERVER", "language", "");
		Http.Response first = browser.postForm("/portal/register", valid);
		Http.Response again = browser.postForm("/portal/register", valid);
		assertThat(first.status()).isEqualTo(again.status()).isEqualTo(200);
		assertThat(first.body()).isEqualTo(again.body()).contains("id=\"registered\"");
		assertThat(this.staff.get("/api/contacts?email=" + email).json().at("/access/state").asText())
			.isEqualTo("PENDING_APPROVAL");
	}

	@Test
	void shouldLetOnlyAdminsSetAClientsInactivityPeriod() {
		String clientId = this.staff.postJson("/api/clients", Map.of("name", "Period " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
		String path = "/api/clients/" + clientId + "/inactivity-period";
		assertThat(this.staff.send("PUT", path, Map.of("period", "P60D")).status()).isEqualTo(403);
		Http admin = new Http(this.port).as("admin", "Admin-password-1");
		assertThat(admin.send("PUT", path, Map.of("period", "P60D")).status()).isEqualTo(204);
		assertThat(admin.send("PUT", path, Map.of("period", "-P1D")).status()).isEqualTo(400);
		assertThat(admin.send("PUT", path, Map.of("period", "sixty days")).status()).isEqualTo(400);
		assertThat(
				admin.send("PUT", "/api/clients/" + UUID.randomUUID() + "/inactivity-period", Map.of("period", "P60D"))
					.status())
			.isEqualTo(404);
	}

	private int authenticate(String email, String password) {
		return new Http(this.port).postJson("/api/portal/authenticate", Map.of("email", email, "password", password))
			.status();
	}

	/** A contact invited by TestStaff.STAFF (its sponsor) and activated. */
	private Contact activeContact() {
		String clientName = "Portal " + UUID.randomUUID();
		String clientId = this.staff.postJson("/api/clients", Map.of("name", clientName, "language", "fr"))
			.json()
			.get("id")
			.asText();
		String email = "portal-" + UUID.randomUUID() + "@example.com";
		JsonNode created = this.staff
			.postJson("/api/contacts", Map.of("clientId", clientId, "firstName", "Paula", "lastName", "Portal", "email",
					email, "mobile", "+33 6 98 76 54 32", "role", "REQUESTER", "invite", true))
			.json();
		String accessId = created.get("accessId").asText();
		Jobs.runDue(this.management,
				this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(OnboardingProcess.KEY)
					.processInstanceBusinessKey(accessId)
					.singleResult()
					.getId());
		String token = TestMail.activationToken(TestMail.awaitMails(email, 1).get(0));
		assertThat(this.activation.activate(token, PASSWORD, PASSWORD)).isEqualTo(Activation.LinkStatus.ACTIVATED);
		return new Contact(created.get("id").asText(), accessId, email, clientName);
	}

	record Contact(String id, String accessId, String email, String clientName) {
	}

}
