package io.guichet.client.web;

import java.util.List;
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
 * The new and edit forms of a client: errors next to fields in the reader's language,
 * values that cannot be read, the parent typed by name, nothing written when refused.
 */
@GuichetTest
class ClientFormPagesTests {

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
	void shouldCreateAClientWithErrorsNextToFieldsFirst() {
		String taken = "Taken " + UUID.randomUUID();
		this.api.postJson("/api/clients", Map.of("name", taken));
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr").http();
		Http.Response form = browser.get("/console/clients/new");
		assertThat(form.body()).contains("<option value=\"fr\" selected=\"selected\"")
			.contains("<option value=\"CLIENT\" selected=\"selected\"");
		Http.Response empty = browser.postForm("/console/clients/new", Map.of("_csrf", form.csrf(), "name", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("id=\"name-error\"").contains("Obligatoire.").contains("id=\"form-problem\"");
		Http.Response site = browser.postForm("/console/clients/new",
				Map.of("_csrf", form.csrf(), "name", taken, "website", "nope"));
		assertThat(site.body()).contains("id=\"website-error\"").doesNotContain("id=\"name-error\"");
		Http.Response duplicate = browser.postForm("/console/clients/new",
				Map.of("_csrf", form.csrf(), "name", taken.toUpperCase()));
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.body()).contains("id=\"name-error\"").contains("existe déjà");
		Http.Response unknownParent = browser.postForm("/console/clients/new",
				Map.of("_csrf", form.csrf(), "name", "Child " + UUID.randomUUID(), "parentName", "Nobody's company"));
		assertThat(unknownParent.status()).isEqualTo(400);
		assertThat(unknownParent.body()).contains("id=\"parentName-error\"")
			.contains("Choisissez un client existant")
			.contains("value=\"Nobody&#39;s company\"");

		String name = "Child " + UUID.randomUUID();
		Http.Response created = browser.postForm("/console/clients/new",
				Map.of("_csrf", form.csrf(), "name", "  " + name + " ", "language", "en", "parentName", taken,
						"allowedUsers", " " + TestStaff.STAFF + ", ,another "));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = created.header("Location").replaceFirst("^https?://[^/]+", "");
		assertThat(browser.get(path).body()).contains("Client " + name + " créé.").contains(taken);
		assertThat(browser.get(path + "?tab=history").body()).contains("Créé").contains(TestStaff.STAFF);
		var client = this.api.get("/api/clients/" + path.replaceFirst(".*/", "")).json();
		assertThat(client.get("name").asText()).isEqualTo(name);
		assertThat(client.get("allowedUsers")).hasSize(2);
		assertThat(client.get("website").isNull()).as("an empty field is no value").isTrue();
	}

	@Test
	void shouldEditTheClientWithErrorsNextToFields() {
		String name = "Edit " + UUID.randomUUID();
		String id = this.api
			.postJson("/api/clients",
					Map.of("name", name, "vatNumber", "FR123", "allowedUsers", List.of(TestStaff.STAFF, "another"),
							"primaryAddress", Map.of("street", "1 rue de la Paix", "city", "Paris")))
			.json()
			.get("id")
			.asText();
		String page = "/console/clients/" + id;
		Http browser = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr").http();
		Http.Response form = browser.get(page + "/edit");
		assertThat(form.body()).contains("value=\"1 rue de la Paix\"")
			.contains("value=\"FR123\"")
			.contains("value=\"" + TestStaff.STAFF + ", another\"");
		Http.Response wrong = browser.postForm(page + "/edit", Map.of("_csrf", form.csrf(), "name", name, "website",
				"not a site", "email", "nope", "accountType", "PIRATE", "primaryAddress.city", "Lyon"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"website-error\"")
			.contains("Saisissez une adresse web")
			.contains("id=\"email-error\"")
			.contains("id=\"accountType-error\"")
			.contains("Choisissez l&#39;une des valeurs proposées.")
			.contains("value=\"not a site\"")
			.contains("value=\"Lyon\"");
		assertThat(this.api.get("/api/clients/" + id).json().get("website").isNull()).as("nothing written").isTrue();

		Http english = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en").http();
		Http.Response wrongEn = english.postForm(page + "/edit",
				Map.of("_csrf", english.get(page + "/edit").csrf(), "name", "", "website", "not a site"));
		assertThat(wrongEn.body()).contains("id=\"name-error\"").contains("Required.").contains("Enter a web address");
		Http.Response badParent = english.postForm(page + "/edit",
				Map.of("_csrf", english.get(page + "/edit").csrf(), "name", name, "parentName", name, "parentId", id));
		assertThat(badParent.status()).isEqualTo(400);
		assertThat(badParent.body()).contains("id=\"parentName-error\"").contains("its own parent");

		Http.Response saved = browser.postForm(page + "/edit",
				Map.of("_csrf", form.csrf(), "name", name, "website", "https://example.com", "accountType", "PARTNER",
						"status", "ACTIVE", "language", "en", "primaryAddress.city", "Lyon", "vatNumber", "FR123"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		var client = this.api.get("/api/clients/" + id).json();
		assertThat(client.get("accountType").asText()).isEqualTo("PARTNER");
		assertThat(client.get("primaryAddress").get("city").asText()).isEqualTo("Lyon");
		assertThat(client.get("primaryAddress").get("street").isNull()).isTrue();
		assertThat(client.get("allowedUsers")).isEmpty();
		assertThat(browser.get(page + "?tab=history").body()).contains("Modifié").contains("https://example.com");
	}

}
