package io.guichet.console;

import java.util.Map;
import java.util.UUID;

import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's sign-in (Camunda users), its language, and a first contact. */
@GuichetTest
class ConsoleTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
	}

	@Test
	void shouldSignStaffInAndAddAContact() {
		Http api = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		String name = "Console " + UUID.randomUUID();
		String clientId = api.postJson("/api/clients", Map.of("name", name)).json().get("id").asText();
		Http browser = new Http(this.port).language("fr");
		assertThat(browser.get("/console/clients").status()).as("sign in first").isEqualTo(302);
		Http.Response login = browser.get("/console/login");
		assertThat(login.body()).contains("Connexion du personnel");
		Http.Response wrong = browser.postForm("/console/login",
				Map.of("_csrf", login.csrf(), "username", TestStaff.OUTSIDER, "password", "nope"));
		assertThat(wrong.header("Location")).endsWith("/console/login?error");
		Http.Response signedIn = browser.postForm("/console/login", Map.of("_csrf",
				browser.get("/console/login").csrf(), "username", TestStaff.STAFF, "password", TestStaff.PASSWORD));
		assertThat(signedIn.header("Location")).endsWith("/console/clients");

		assertThat(browser.get("/console").header("Location")).endsWith("/console/clients");

		assertThat(
				browser.get("/console/clients/suggestions?q=" + name.replace(" ", "%20")).json().findValuesAsText("id"))
			.contains(clientId);
		Http.Response contactForm = browser.get("/console/contacts/new");
		String email = "console-" + UUID.randomUUID() + "@example.com";
		Http.Response typedFree = browser.postForm("/console/contacts/new",
				Map.of("_csrf", contactForm.csrf(), "firstName", "Ada", "lastName", "Byron", "email", email,
						"clientName", "A company nobody knows", "clientId", "", "role", "REQUESTER", "mobile",
						"+33 6 00 00 00 01", "invite", "true"));
		assertThat(typedFree.status()).isEqualTo(400);
		assertThat(typedFree.body()).contains("id=\"clientName-error\"").contains("Choisissez un client existant");
		Http.Response invited = browser.postForm("/console/contacts/new",
				Map.of("_csrf", contactForm.csrf(), "firstName", "Ada", "lastName", "Byron", "email", email,
						"clientName", name, "clientId", clientId, "role", "REQUESTER", "mobile", "+33 6 00 00 00 01",
						"invite", "true"));
		assertThat(invited.status()).as(invited.body()).isEqualTo(302);
		Http.Response contactPage = browser.get(invited.header("Location").replaceFirst("^https?://[^/]+", ""));
		assertThat(contactPage.body()).contains("Ada Byron").contains("INVITED");

		Http english = new Http(this.port).language("fr");
		english.get("/console/login?lang=en");
		assertThat(english.get("/console/login").body()).as("the choice is remembered").contains("Staff sign-in");

		Http contact = new Http(this.port).as(TestStaff.OUTSIDER, TestStaff.PASSWORD);
		assertThat(contact.get("/console/clients").status()).as("no Basic on the console").isEqualTo(302);
	}

}
