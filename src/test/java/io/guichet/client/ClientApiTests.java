package io.guichet.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients over the API: the whole profile, its history, deletion, restriction and staff
 * levels.
 */
@GuichetTest
class ClientApiTests {

	static final String VIEWER = "test-viewer";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http staff;

	Http admin;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		if (this.identity.createUserQuery().userId(VIEWER).count() == 0) {
			User user = this.identity.newUser(VIEWER);
			user.setPassword(TestStaff.PASSWORD);
			this.identity.saveUser(user);
			this.identity.createMembership(VIEWER, "guichet-viewer");
		}
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.admin = new Http(this.port).as("admin", "Admin-password-1");
	}

	@Test
	void shouldKeepTheWholeProfileAndReportChangesInTheHistory() {
		String parent = create(Map.of("name", "Parent " + UUID.randomUUID()));
		Map<String, Object> profile = new java.util.HashMap<>(
				Map.of("name", "Builder " + UUID.randomUUID(), "alias", "BLD", "parentId", parent, "accountType",
						"SUBCONTRACTOR", "status", "ACTIVE", "language", "en", "website", "https://builder.example",
						"phone", "+33 1 11 11 11 11", "primaryAddress", Map.of("street", "1 rue de la Paix", "city",
								"Paris", "postalCode", "75002", "country", "France"),
						"accountManager", TestStaff.APPROVER));
		profile.put("billingAddress", Map.of("city", "Lyon"));
		profile.put("email", "not-an-email");
		assertThat(this.staff.postJson("/api/clients", profile).status()).isEqualTo(400);
		profile.put("email", "office@builder.example");
		profile.put("vatNumber", "FR 40 303 265 045");
		String id = create(profile);
		JsonNode client = this.staff.get("/api/clients/" + id).json();
		assertThat(client.get("accountType").asText()).isEqualTo("SUBCONTRACTOR");
		assertThat(client.at("/primaryAddress/city").asText()).isEqualTo("Paris");
		assertThat(client.at("/billingAddress/city").asText()).isEqualTo("Lyon");
		assertThat(client.get("parentId").asText()).isEqualTo(parent);
		assertThat(client.get("email").asText()).isEqualTo("office@builder.example");
		assertThat(client.get("vatNumber").asText()).isEqualTo("FR 40 303 265 045");

		profile.put("status", "INACTIVE");
		profile.put("website", "https://new.example");
		assertThat(this.staff.send("PUT", "/api/clients/" + id, profile).status()).isEqualTo(204);
		JsonNode history = this.staff.get("/api/clients/" + id + "/history").json();
		JsonNode newest = history.get("items").get(0);
		assertThat(newest.get("action").asText()).isEqualTo("CHANGED");
		assertThat(newest.get("actor").asText()).isEqualTo(TestStaff.STAFF);
		assertThat(newest.get("details").asText()).contains("status: ACTIVE → INACTIVE")
			.contains("website: https://builder.example → https://new.example")
			.doesNotContain("name:");
		assertThat(history.get("items").get(1).get("action").asText()).isEqualTo("CREATED");
		assertThat(history.get("total").asLong()).isEqualTo(2);

		profile.put("parentId", id);
		assertThat(this.staff.send("PUT", "/api/clients/" + id, profile).status()).as("own parent").isEqualTo(400);
	}

	@Test
	void shouldRefuseToDeleteAClientThatStillHasContacts() {
		String id = create(Map.of("name", "Busy " + UUID.randomUUID()));
		this.staff.postJson("/api/contacts",
				Map.of("clientId", id, "firstName", "A", "lastName", "B", "email",
						"busy-" + UUID.randomUUID() + "@example.com", "phone", "+33 1 22 22 22 22", "role", "REQUESTER",
						"invite", false));
		Http.Response refused = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.language("fr")
			.send("DELETE", "/api/clients/" + id, "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asText()).contains("1 contact");
		String withProject = create(Map.of("name", "Projects " + UUID.randomUUID()));
		this.staff.postJson("/api/projects", Map.of("name", "P " + UUID.randomUUID(), "clients",
				List.of(Map.of("clientId", withProject, "primary", true))));
		Http.Response projectRefusal = this.staff.send("DELETE", "/api/clients/" + withProject, "");
		assertThat(projectRefusal.status()).isEqualTo(409);
		assertThat(projectRefusal.json().get("detail").asText()).contains("1 project");
		String empty = create(Map.of("name", "Empty " + UUID.randomUUID()));
		assertThat(this.staff.send("DELETE", "/api/clients/" + empty, "").status()).isEqualTo(204);
		assertThat(this.staff.get("/api/clients/" + empty).status()).isEqualTo(404);
	}

	@Test
	void shouldHideARestrictedClientFromEveryoneButItsUsersAndAdmins() {
		String name = "Secret " + UUID.randomUUID();
		String id = create(Map.of("name", name, "allowedUsers", List.of(TestStaff.APPROVER)));
		Http approver = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
		assertThat(approver.get("/api/clients/" + id).status()).isEqualTo(200);
		assertThat(this.admin.get("/api/clients/" + id).status()).isEqualTo(200);
		assertThat(this.staff.get("/api/clients/" + id).status()).isEqualTo(404);
		assertThat(this.staff.get("/api/clients?q=" + name.replace(" ", "%20")).json()).isEmpty();
		assertThat(approver.get("/api/clients?q=" + name.replace(" ", "%20")).json()).hasSize(1);
		Http.Response contact = this.staff.postJson("/api/contacts",
				Map.of("clientId", id, "firstName", "A", "lastName", "B", "email",
						"s-" + UUID.randomUUID() + "@example.com", "phone", "+33 1 33 33 33 33", "role", "REQUESTER",
						"invite", false));
		assertThat(contact.status()).as("its contacts are out of reach too").isEqualTo(400);
	}

	@Test
	void shouldLetViewersReadButNotWrite() {
		String id = create(Map.of("name", "Viewed " + UUID.randomUUID()));
		Http viewer = new Http(this.port).as(VIEWER, TestStaff.PASSWORD);
		assertThat(viewer.get("/api/clients/" + id).status()).isEqualTo(200);
		assertThat(viewer.get("/api/clients").status()).isEqualTo(200);
		assertThat(viewer.postJson("/api/clients", Map.of("name", "No " + UUID.randomUUID())).status()).isEqualTo(403);
		assertThat(viewer.send("DELETE", "/api/clients/" + id, "").status()).isEqualTo(403);
	}

	@Test
	void shouldPageTheListWithItsTotal() {
		String prefix = "Paged " + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			create(Map.of("name", prefix + " " + i));
		}
		Http.Response first = this.staff.get("/api/clients?q=" + prefix.replace(" ", "%20") + "&size=2&page=0");
		assertThat(first.json()).hasSize(2);
		assertThat(first.header("X-Total-Count")).isEqualTo("3");
		assertThat(this.staff.get("/api/clients?q=" + prefix.replace(" ", "%20") + "&size=2&page=1").json()).hasSize(1);
	}

	private String create(Map<String, ?> client) {
		Http.Response created = this.staff.postJson("/api/clients", client);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

}
