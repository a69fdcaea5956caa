package io.guichet.client.web;

import java.util.Map;
import java.util.UUID;

import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's console pages: the list, the tabs (contacts and documents linked to their
 * modules' pages), deletion asked first and refused while contacts remain, comments, the
 * inactivity period, viewers reading only.
 */
@GuichetTest
class ClientPagesTests {

	private static final String ADMIN_PASSWORD = "Admin-password-1";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http api;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.api = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
	}

	@Test
	void shouldListClientsWithSearchAndPaging() {
		String prefix = "List" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 21; i++) {
			this.api.postJson("/api/clients", Map.of("name", prefix + " " + String.format("%02d", i)));
		}
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr").http();
		Http.Response first = browser.get("/console/clients?q=" + prefix);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains(prefix + " 00")
			.doesNotContain(prefix + " 20")
			.contains("Page 1 sur 2 (21 au total)");
		assertThat(first.body()).contains("/console/camunda/tasklist").contains("/console/camunda/cockpit");
		assertThat(browser.get("/console/clients?q=" + prefix + "&page=1").body()).contains(prefix + " 20");
	}

	@Test
	void shouldShowEveryTabWithContactsAndDocumentsLinkedFromTheSameTabBar() {
		String name = "Tabs " + UUID.randomUUID();
		String id = this.api
			.postJson("/api/clients",
					Map.of("name", name, "phone", "+33 1 23 45 67 89", "vatNumber", "FR123", "primaryAddress",
							Map.of("street", "1 rue de la Paix", "city", "Paris", "country", "France")))
			.json()
			.get("id")
			.asText();
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr").http();
		String page = "/console/clients/" + id;
		assertThat(browser.get(page).body()).contains(name)
			.contains("id=\"tab-documents\" href=\"" + page + "/documents\"")
			.contains("id=\"tab-contacts\" href=\"/console/contacts?clientId=" + id + "\"")
			.contains("id=\"tab-history\" href=\"" + page + "?tab=history\"");
		assertThat(browser.get(page + "?tab=addresses").body()).contains("1 rue de la Paix, Paris, France");
		assertThat(browser.get(page + "?tab=phones").body()).contains("+33 1 23 45 67 89");
		assertThat(browser.get(page + "?tab=details").body()).contains("FR123")
			.contains("Celui par défaut")
			.doesNotContain("id=\"days\"");
		assertThat(browser.get(page + "?tab=contacts").header("Location")).endsWith("/console/contacts?clientId=" + id);
		assertThat(browser.get(page + "?tab=documents").header("Location")).endsWith(page + "/documents");
		assertThat(browser.get(page + "/documents").body()).contains("Aucun document.")
			.contains("id=\"client-name\"")
			.contains("id=\"tab-general\"");

		Http.Response history = browser.get(page + "?tab=history");
		Http.Response comment = browser.postForm(page + "/comments",
				Map.of("_csrf", history.csrf(), "text", "Called about the contract"));
		assertThat(comment.status()).isEqualTo(302);
		assertThat(browser.get(page + "?tab=history").body()).contains("Called about the contract");
	}

	@Test
	void shouldLetAdminsSetTheInactivityPeriodWithErrorsNextToTheField() {
		String id = this.api.postJson("/api/clients", Map.of("name", "Period " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
		String page = "/console/clients/" + id;
		ConsoleSession admin = ConsoleSession.signIn(this.port, "admin", "en", ADMIN_PASSWORD);
		assertThat(admin.get(page + "?tab=details").body()).contains("id=\"days\"");
		for (String days : new String[] { "many", "0", "-3", "4000", "99999999999" }) {
			Http.Response refused = admin.post(page + "/inactivity-period", "days", days);
			assertThat(refused.status()).as(days).isEqualTo(400);
			assertThat(refused.body()).as(days)
				.contains("id=\"days-error\"")
				.contains("between 1 and 3650")
				.contains("value=\"" + days + "\"");
		}
		assertThat(this.api.get(page.replace("/console", "/api")).json().get("inactivityPeriod").isNull()).isTrue();
		assertThat(admin.post(page + "/inactivity-period", "days", "8").header("Location")).endsWith("?tab=details");
		assertThat(admin.get(page + "?tab=details").body()).contains("8 days").contains("value=\"8\"");
		assertThat(admin.post(page + "/inactivity-period", "days", " ").status()).isEqualTo(302);
		assertThat(admin.get(page + "?tab=details").body()).contains("The default");
	}

	@Test
	void shouldAskBeforeDeletingAndRefuseWhileContactsRemain() {
		String name = "Delete " + UUID.randomUUID();
		String id = this.api.postJson("/api/clients", Map.of("name", name)).json().get("id").asText();
		String contactId = this.api
			.postJson("/api/contacts", Map.of("clientId", id, "firstName", "Del", "lastName", "Ete", "email",
					"del-" + UUID.randomUUID() + "@example.com", "mobile", "+33 6 11 11 11 11", "role", "REQUESTER"))
			.json()
			.get("id")
			.asText();
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr").http();
		String csrf = browser.get("/console/clients/" + id).csrf();
		Http.Response ask = browser.postForm("/console/clients/" + id + "/delete", Map.of("_csrf", csrf));
		assertThat(ask.status()).isEqualTo(200);
		assertThat(ask.body()).contains("Supprimer le client " + name).contains("name=\"confirmed\"");
		assertThat(this.api.get("/api/clients/" + id).status()).as("asking deletes nothing").isEqualTo(200);

		Http.Response refused = browser.postForm("/console/clients/" + id + "/delete",
				Map.of("_csrf", csrf, "confirmed", "true"));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(browser.get("/console/clients/" + id).body()).contains("id=\"problem\"").contains("1 contact");

		assertThat(this.api.send("DELETE", "/api/contacts/" + contactId, null).status()).isEqualTo(204);
		Http.Response deleted = browser.postForm("/console/clients/" + id + "/delete",
				Map.of("_csrf", csrf, "confirmed", "true"));
		assertThat(deleted.header("Location")).endsWith("/console/clients");
		assertThat(browser.get("/console/clients").body()).contains("Client " + name + " supprimé.");
		assertThat(this.api.get("/api/clients/" + id).status()).isEqualTo(404);
		assertThat(browser.get("/console/clients/" + id).status()).isEqualTo(404);
	}

	@Test
	void shouldLetViewersReadOnlyAndRequireCsrf() {
		String id = this.api.postJson("/api/clients", Map.of("name", "Viewer " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
		Http viewer = ConsoleSession.signIn(this.port, TestStaff.VIEWER, "en").http();
		Http.Response page = viewer.get("/console/clients/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("id=\"edit-client\"").doesNotContain("id=\"delete-client\"");
		assertThat(
				viewer.postForm("/console/clients/" + id + "/delete", Map.of("_csrf", page.csrf(), "confirmed", "true"))
					.status())
			.isEqualTo(403);
		assertThat(this.api.get("/api/clients/" + id).status()).isEqualTo(200);

		Http staff = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		staff.get("/console/clients/" + id);
		assertThat(staff.postForm("/console/clients/" + id + "/delete", Map.of("confirmed", "true")).status())
			.as("no CSRF token")
			.isEqualTo(403);
		assertThat(this.api.get("/api/clients/" + id).status()).isEqualTo(200);
	}

}
