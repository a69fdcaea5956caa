package io.guichet.console;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Multipart;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's console pages: tabs, the edit form with errors next to fields, deletion
 * asked first and refused while contacts remain, documents, comments, viewers reading
 * only.
 */
@GuichetTest
class ClientPagesTests {

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
	void shouldShowEveryTabAndEditTheClientWithErrorsNextToFields() {
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
		assertThat(browser.get(page).body()).contains(name).contains("id=\"tab-documents\"");
		assertThat(browser.get(page + "?tab=addresses").body()).contains("1 rue de la Paix, Paris, France");
		assertThat(browser.get(page + "?tab=phones").body()).contains("+33 1 23 45 67 89");
		assertThat(browser.get(page + "?tab=details").body()).contains("FR123").contains("Celui par défaut");
		assertThat(browser.get(page + "?tab=contacts").body()).contains("Aucun contact.");
		assertThat(browser.get(page + "?tab=documents").body()).contains("Aucun document.");

		Http.Response form = browser.get(page + "/edit");
		assertThat(form.body()).contains("value=\"1 rue de la Paix\"").contains("value=\"FR123\"");
		Http.Response wrong = browser.postForm(page + "/edit", Map.of("_csrf", form.csrf(), "name", name, "website",
				"not a site", "email", "nope", "accountType", "PIRATE", "primaryAddress.city", "Lyon"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"website-error\"")
			.contains("Saisissez une adresse web")
			.contains("id=\"email-error\"")
			.contains("id=\"accountType-error\"")
			.contains("value=\"not a site\"")
			.contains("value=\"Lyon\"");
		assertThat(this.api.get("/api/clients/" + id).json().get("website").isNull()).as("nothing written").isTrue();

		Http english = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		Http.Response wrongEn = english.postForm(page + "/edit",
				Map.of("_csrf", english.get(page + "/edit").csrf(), "name", "", "website", "not a site"));
		assertThat(wrongEn.body()).contains("id=\"name-error\"").contains("Required.").contains("Enter a web address");

		Http.Response saved = browser.postForm(page + "/edit",
				Map.of("_csrf", form.csrf(), "name", name, "website", "https://example.com", "accountType", "PARTNER",
						"status", "ACTIVE", "language", "en", "primaryAddress.city", "Lyon", "vatNumber", "FR123"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(this.api.get("/api/clients/" + id).json().get("accountType").asText()).isEqualTo("PARTNER");
		assertThat(this.api.get("/api/clients/" + id).json().get("primaryAddress").get("city").asText())
			.isEqualTo("Lyon");
		assertThat(browser.get(page + "?tab=history").body()).contains("Modifié").contains("https://example.com");

		Http.Response comment = browser.postForm(page + "/comments",
				Map.of("_csrf", form.csrf(), "text", "Called about the contract"));
		assertThat(comment.status()).isEqualTo(302);
		assertThat(browser.get(page + "?tab=history").body()).contains("Called about the contract");
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
	void shouldUploadDownloadAndDeleteDocumentsAfterAConfirmation() throws Exception {
		String id = this.api.postJson("/api/clients", Map.of("name", "Docs " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		String csrf = browser.get("/console/clients/" + id + "?tab=documents").csrf();
		Http.Response none = browser.postMultipart("/console/clients/" + id + "/documents",
				new Multipart().field("_csrf", csrf).field("title", "Nothing"));
		assertThat(none.status()).isEqualTo(302);
		assertThat(browser.get("/console/clients/" + id + "?tab=documents").body())
			.contains("Choose a file to upload.");

		byte[] content = "contract body".getBytes(StandardCharsets.UTF_8);
		Http.Response uploaded = browser.postMultipart("/console/clients/" + id + "/documents",
				new Multipart().field("_csrf", csrf)
					.field("title", "Contract 2027")
					.field("reminderDate", "2027-01-15")
					.field("note", "renew")
					.file("file", "contract.txt", "text/plain", content));
		assertThat(uploaded.status()).isEqualTo(302);
		Http.Response tab = browser.get("/console/clients/" + id + "?tab=documents");
		assertThat(tab.body()).contains("Contract 2027").contains("contract.txt").contains("January 15, 2027");
		String documentId = this.api.get("/api/clients/" + id + "/documents").json().get(0).get("id").asText();
		Http.Response download = browser.get("/console/clients/" + id + "/documents/" + documentId);
		assertThat(download.body()).isEqualTo("contract body");
		assertThat(download.header("Content-Disposition")).contains("contract.txt");

		Http.Response ask = browser.postForm("/console/clients/" + id + "/documents/" + documentId + "/delete",
				Map.of("_csrf", csrf));
		assertThat(ask.body()).contains("Delete the document contract.txt?");
		assertThat(this.api.get("/api/clients/" + id + "/documents").json().size()).isEqualTo(1);
		browser.postForm("/console/clients/" + id + "/documents/" + documentId + "/delete",
				Map.of("_csrf", csrf, "confirmed", "true"));
		assertThat(this.api.get("/api/clients/" + id + "/documents").json().size()).isZero();
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
