package io.guichet.access;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Contact cards over the API: every field, changes in the history, privacy, comments,
 * lists.
 */
@GuichetTest
class ContactApiTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http staff;

	Http admin;

	String clientId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.admin = new Http(this.port).as("admin", "Admin-password-1");
		this.clientId = this.staff
			.postJson("/api/clients", Map.of("name", "Cards " + UUID.randomUUID(), "language", "en"))
			.json()
			.get("id")
			.asText();
	}

	@Test
	void shouldKeepEveryFieldAndDefaultTheLanguageToTheClients() {
		Map<String, Object> card = card("full");
		card.putAll(Map.of("salutation", "Dr", "middleName", "Q.", "suffix", "Jr", "jobTitle", "Buyer", "department",
				"Purchasing", "email2", "second@example.com", "otherPhone", "+33 1 44 44 44 44", "privacy",
				"HIDDEN_FROM_CLIENTS", "comments", "Met at the fair"));
		card.remove("language");
		String id = create(card);
		JsonNode contact = this.staff.get("/api/contacts/" + id).json();
		assertThat(contact.get("jobTitle").asText()).isEqualTo("Buyer");
		assertThat(contact.get("email2").asText()).isEqualTo("second@example.com");
		assertThat(contact.get("privacy").asText()).isEqualTo("HIDDEN_FROM_CLIENTS");
		assertThat(contact.get("language").asText()).as("the client's").isEqualTo("en");
		assertThat(contact.get("access").isNull()).as("a card without invitation").isTrue();
	}

	@Test
	void shouldRefuseAnInvitationToAHiddenClientAsIfItWereUnknownAndWriteNothing() {
		String hidden = this.staff
			.postJson("/api/clients",
					Map.of("name", "Hidden " + UUID.randomUUID(), "allowedUsers",
							java.util.List.of(TestStaff.APPROVER)))
			.json()
			.get("id")
			.asText();
		Map<String, Object> card = card("hidden");
		card.put("clientId", hidden);
		card.put("invite", true);
		Http.Response refused = this.staff.postJson("/api/contacts", card);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("clientId");
		assertThat(this.admin.get("/api/contacts?email=" + card.get("email")).status()).isEqualTo(404);

		Http allowed = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
		assertThat(allowed.postJson("/api/contacts", card).status()).isEqualTo(201);
	}

	@Test
	void shouldWriteWhatChangedToTheHistoryAndMoveTheAccessEmail() {
		Map<String, Object> card = card("change");
		card.put("invite", true);
		String id = create(card);
		Map<String, Object> changed = new HashMap<>(card);
		changed.remove("invite");
		changed.remove("role");
		changed.put("jobTitle", "Director");
		String newEmail = "moved-" + UUID.randomUUID() + "@example.com";
		changed.put("email", newEmail);
		assertThat(this.staff.send("PUT", "/api/contacts/" + id, changed).status()).isEqualTo(204);
		JsonNode history = this.staff.get("/api/contacts/" + id + "/history?size=10").json().get("items");
		assertThat(history.get(0).get("action").asText()).isEqualTo("CHANGED");
		assertThat(history.get(0).get("details").asText()).contains("jobTitle: — → Director")
			.contains("email: " + card.get("email") + " → " + newEmail);
		assertThat(history.findValuesAsText("action")).contains("CREATED", "INVITED");

		Map<String, Object> clash = card("clash");
		clash.put("invite", true);
		clash.put("email", newEmail.toUpperCase());
		Http.Response refused = this.staff.postJson("/api/contacts", clash);
		assertThat(refused.status()).as("the access moved with the e-mail").isEqualTo(400);

		assertThat(this.staff.postJson("/api/contacts/" + id + "/comments", Map.of("text", "Called back")).status())
			.isEqualTo(201);
		JsonNode newest = this.staff.get("/api/contacts/" + id + "/history").json().get("items").get(0);
		assertThat(newest.get("action").asText()).isEqualTo("COMMENT_ADDED");
		assertThat(newest.get("details").asText()).isEqualTo("Called back");
		assertThat(this.staff.postJson("/api/contacts/" + id + "/comments", Map.of("text", " ")).status())
			.isEqualTo(400);
	}

	@Test
	void shouldShowContactsHiddenFromAllButAdminsToAdminsOnly() {
		Map<String, Object> card = card("secret");
		card.put("privacy", "ADMINS_ONLY");
		String id = create(card);
		create(card("public"));
		assertThat(this.staff.get("/api/contacts/" + id).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/contacts/" + id).status()).isEqualTo(200);
		assertThat(this.staff.get("/api/contacts?clientId=" + this.clientId).json().findValuesAsText("id"))
			.doesNotContain(id)
			.hasSize(1);
		assertThat(this.admin.get("/api/contacts?clientId=" + this.clientId).json().findValuesAsText("id")).contains(id)
			.hasSize(2);
	}

	@Test
	void shouldPageTheContactsOfAClient() {
		for (int i = 0; i < 3; i++) {
			create(card("page" + i));
		}
		Http.Response page = this.staff.get("/api/contacts?clientId=" + this.clientId + "&size=2");
		assertThat(page.json()).hasSize(2);
		assertThat(page.header("X-Total-Count")).isEqualTo("3");
		assertThat(this.staff.get("/api/contacts?clientId=" + this.clientId + "&q=page1").json()).hasSize(1);
	}

	@Test
	void shouldDeleteAContactUnlessAProjectStillHasItAndMoveItsWorkFirst() {
		Map<String, Object> invited = card("leaving");
		invited.put("invite", true);
		String leaving = create(invited);
		String colleague = create(card("staying"));
		String project = this.staff
			.postJson("/api/projects",
					Map.of("name", "Bridge " + UUID.randomUUID(), "clients",
							java.util.List.of(Map.of("clientId", this.clientId, "primary", true))))
			.json()
			.get("id")
			.asText();
		this.staff.postJson("/api/projects/" + project + "/contacts", Map.of("contactId", leaving));

		Http.Response refused = this.staff.send("DELETE", "/api/contacts/" + leaving, "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asText()).contains("1 project");

		Http.Response moved = this.staff.postJson("/api/contacts/" + leaving + "/assignments/move",
				Map.of("toContactId", colleague));
		assertThat(moved.json().get("moved").asInt()).isEqualTo(1);
		assertThat(this.staff.send("DELETE", "/api/contacts/" + leaving, "").status()).isEqualTo(204);
		assertThat(this.staff.get("/api/contacts/" + leaving).status()).isEqualTo(404);
	}

	@Test
	void shouldAddCommentsToAClientsHistory() {
		assertThat(
				this.staff.postJson("/api/clients/" + this.clientId + "/comments", Map.of("text", "Renewed contract"))
					.status())
			.isEqualTo(201);
		JsonNode newest = this.staff.get("/api/clients/" + this.clientId + "/history").json().get("items").get(0);
		assertThat(newest.get("action").asText()).isEqualTo("COMMENT_ADDED");
		assertThat(newest.get("details").asText()).isEqualTo("Renewed contract");
	}

	private Map<String, Object> card(String name) {
		Map<String, Object> card = new HashMap<>();
		card.put("clientId", this.clientId);
		card.put("firstName", "Card");
		card.put("lastName", name);
		card.put("email", name + "-" + UUID.randomUUID() + "@example.com");
		card.put("mobile", "+33 6 55 55 55 55");
		card.put("role", "REQUESTER");
		card.put("language", "fr");
		card.put("invite", false);
		return card;
	}

	private String create(Map<String, Object> card) {
		Http.Response created = this.staff.postJson("/api/contacts", card);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

}
