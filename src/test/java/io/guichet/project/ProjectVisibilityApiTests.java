package io.guichet.project;

import java.util.HashMap;
import java.util.List;
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

import static io.guichet.project.ProjectFixture.assertProblem;
import static io.guichet.project.ProjectFixture.member;
import static io.guichet.project.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restricted clients and contact privacy apply to projects (Changepoint seed): a project
 * with a client hidden from the caller does not exist for them; contacts kept for admins
 * are left out for other staff.
 */
@GuichetTest
class ProjectVisibilityApiTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http staff;

	Http approver;

	Http admin;

	ProjectFixture fixture;

	ProjectFixture approverFixture;

	ProjectFixture adminFixture;

	String clientId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.approver = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
		this.admin = new Http(this.port).as("admin", "Admin-password-1");
		this.fixture = new ProjectFixture(this.staff);
		this.approverFixture = new ProjectFixture(this.approver);
		this.adminFixture = new ProjectFixture(this.admin);
		this.clientId = this.fixture.client("Open client");
	}

	@Test
	void shouldAnswerNotFoundOnEveryEndpointOfAProjectWithAHiddenClient() {
		String secret = this.fixture.restrictedClient("Secret", TestStaff.APPROVER);
		String member = this.approverFixture.contact(secret, "Member");
		String other = this.approverFixture.contact(this.clientId, "Other");
		Map<String, Object> body = project("Secret project " + UUID.randomUUID(), this.clientId, secret);
		String id = this.approverFixture.create(body);
		this.approverFixture.assign(id, Map.of("contactId", member, "permissions", List.of("PROJECT_REVIEW")));
		this.approverFixture.assign(id, Map.of("contactId", other));
		String base = "/api/projects/" + id;

		assertThat(this.approver.get(base).status()).isEqualTo(200);
		assertThat(this.admin.get(base).status()).isEqualTo(200);
		assertHidden(base, body, member, other);
		// closed, it is still not found rather than closed (409)
		this.approverFixture.close(id);
		assertHidden(base, body, member, other);
		assertThat(this.staff.postJson(base + "/reopening", "").status()).isEqualTo(404);
		assertThat(this.staff.send("DELETE", base, "").status()).isEqualTo(404);

		JsonNode project = this.approverFixture.get(id);
		assertThat(project.get("state").asText()).isEqualTo("CLOSED");
		assertThat(project.get("contacts")).hasSize(2);
		assertThat(project.get("name").asText()).isEqualTo(body.get("name"));
	}

	@Test
	void shouldListOnlyTheProjectsTheCallerMaySeeAndPageThem() {
		String token = UUID.randomUUID().toString().substring(0, 8);
		String secret = this.fixture.restrictedClient("Listed secret", TestStaff.APPROVER);
		this.fixture.create(project("A " + token, this.clientId));
		this.approverFixture.create(project("B " + token, this.clientId, secret));
		this.fixture.create(project("C " + token, this.clientId));
		this.approverFixture.create(project("D " + token, secret));
		this.fixture.create(project("E " + token, this.clientId));

		JsonNode first = this.staff.get("/api/projects?q=" + token + "&size=2").json();
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("items").findValuesAsText("name")).containsExactly("A " + token, "C " + token);
		JsonNode second = this.staff.get("/api/projects?q=" + token + "&size=2&page=1").json();
		assertThat(second.get("total").asLong()).isEqualTo(3);
		assertThat(second.get("items").findValuesAsText("name")).containsExactly("E " + token);
		assertThat(this.staff.get("/api/projects?clientId=" + secret).json().get("total").asLong()).isZero();
		assertThat(this.staff.get("/api/projects?q=" + token + "&clientId=" + this.clientId)
			.json()
			.get("items")
			.findValuesAsText("name")).containsExactly("A " + token, "C " + token, "E " + token);

		for (Http allowed : List.of(this.approver, this.admin)) {
			JsonNode all = allowed.get("/api/projects?q=" + token + "&size=2&page=2").json();
			assertThat(all.get("total").asLong()).isEqualTo(5);
			assertThat(all.get("items").findValuesAsText("name")).containsExactly("E " + token);
		}
		assertThat(this.approver.get("/api/projects?clientId=" + secret).json().get("items").findValuesAsText("name"))
			.containsExactly("B " + token, "D " + token);
	}

	@Test
	void shouldRefuseAHiddenClientInAProjectAsIfItWereUnknown() {
		String token = UUID.randomUUID().toString();
		String secret = this.fixture.restrictedClient("Refused secret", TestStaff.APPROVER);
		assertProblem(this.staff.postJson("/api/projects", project("Primary " + token, secret)), "clients[0].clientId");
		assertProblem(this.staff.postJson("/api/projects", project("Secondary " + token, this.clientId, secret)),
				"clients[1].clientId");
		Http.Response french = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.language("fr")
			.postJson("/api/projects", project("French " + token, secret));
		assertThat(french.body()).contains("Choisissez un client existant.");
		assertThat(this.approver.get("/api/projects?q=" + token).json().get("total").asLong()).isZero();

		String id = this.fixture.create(project("Visible " + token, this.clientId));
		assertProblem(this.staff.send("PUT", "/api/projects/" + id, project("Visible " + token, this.clientId, secret)),
				"clients[1].clientId");
		assertThat(this.fixture.get(id).get("clients")).hasSize(1);
		// those allowed on the client may add it
		Http.Response allowed = this.approver.send("PUT", "/api/projects/" + id,
				project("Visible " + token, this.clientId, secret));
		assertThat(allowed.status()).as(allowed.body()).isEqualTo(204);
		assertThat(this.staff.get("/api/projects/" + id).status()).isEqualTo(404);
	}

	@Test
	void shouldLeaveContactsKeptForAdminsOutOfWhatOtherStaffSee() {
		String hidden = this.fixture.contact(this.clientId, "Hidden", Map.of("privacy", "ADMINS_ONLY"));
		String staffOnly = this.fixture.contact(this.clientId, "Staffonly", Map.of("privacy", "HIDDEN_FROM_CLIENTS"));
		String shown = this.fixture.contact(this.clientId, "Shown");
		Map<String, Object> body = project("Private " + UUID.randomUUID(), this.clientId);
		body.put("billingContactId", hidden);
		body.put("submissionContactId", staffOnly);
		body.put("executionContactId", shown);
		String id = this.adminFixture.create(body);
		this.adminFixture.assign(id, Map.of("contactId", hidden, "hourlyRate", 120));
		this.adminFixture.assign(id, Map.of("contactId", shown));

		JsonNode seen = this.fixture.get(id);
		assertThat(seen.get("billingContact").isNull()).isTrue();
		assertThat(seen.get("submissionContact").get("id").asText()).isEqualTo(staffOnly);
		assertThat(seen.get("executionContact").get("id").asText()).isEqualTo(shown);
		assertThat(seen.get("contacts").findValuesAsText("contactId")).containsExactly(shown);
		assertThat(seen.toString()).doesNotContain(hidden);
		JsonNode full = this.adminFixture.get(id);
		assertThat(full.get("billingContact").get("id").asText()).isEqualTo(hidden);
		assertThat(full.get("contacts").findValuesAsText("contactId")).containsExactlyInAnyOrder(hidden, shown);

		// staff change the project as they see it: the contact they never saw stays named
		Map<String, Object> asSeen = new HashMap<>(body);
		asSeen.remove("billingContactId");
		asSeen.put("name", body.get("name") + " renamed");
		Http.Response update = this.staff.send("PUT", "/api/projects/" + id, asSeen);
		assertThat(update.status()).as(update.body()).isEqualTo(204);
		full = this.adminFixture.get(id);
		assertThat(full.get("name").asText()).endsWith(" renamed");
		assertThat(full.get("billingContact").get("id").asText()).isEqualTo(hidden);

		// ... but cannot name it, assign it or act on its assignment
		Map<String, Object> naming = project("Naming " + UUID.randomUUID(), this.clientId);
		naming.put("executionContactId", hidden);
		assertProblem(this.staff.postJson("/api/projects", naming), "executionContactId");
		Map<String, Object> renaming = new HashMap<>(asSeen);
		renaming.put("submissionContactId", hidden);
		assertProblem(this.staff.send("PUT", "/api/projects/" + id, renaming), "submissionContactId");
		String other = this.fixture.create(project("Other " + UUID.randomUUID(), this.clientId));
		assertProblem(this.staff.postJson("/api/projects/" + other + "/contacts", Map.of("contactId", hidden)),
				"contactId");
		String base = "/api/projects/" + id + "/contacts/";
		assertThat(this.staff.send("PUT", base + hidden, Map.of("hourlyRate", 1)).status()).isEqualTo(404);
		assertThat(this.staff.send("DELETE", base + hidden, "").status()).isEqualTo(404);
		assertThat(this.staff.send("DELETE", base + hidden + "/permissions", "").status()).isEqualTo(404);
		this.staff.send("PUT", base + shown, Map.of("permissions", List.of("PROJECT_REVIEW")));
		assertProblem(this.staff.postJson(base + shown + "/permissions/clone", Map.of("contactIds", List.of(hidden))),
				"contactIds[0]");
		full = this.adminFixture.get(id);
		assertThat(member(full, hidden).get("hourlyRate").decimalValue()).isEqualByComparingTo("120");
		assertThat(member(full, hidden).get("customPermissions").asBoolean()).isFalse();

		// admins may do all of it
		Http.Response removed = this.admin.send("DELETE", base + hidden, "");
		assertThat(removed.status()).as(removed.body()).isEqualTo(204);
		assertThat(member(this.adminFixture.get(id), hidden)).isNull();
	}

	private void assertHidden(String base, Map<String, Object> body, String member, String other) {
		assertThat(this.staff.get(base).status()).isEqualTo(404);
		assertThat(this.staff.send("PUT", base, body).status()).isEqualTo(404);
		assertThat(this.staff.postJson(base + "/closure", "").status()).isEqualTo(404);
		assertThat(this.staff.postJson(base + "/contacts", Map.of("contactId", other)).status()).isEqualTo(404);
		assertThat(this.staff.send("PUT", base + "/contacts/" + member, Map.of("hourlyRate", 10)).status())
			.isEqualTo(404);
		assertThat(this.staff.send("DELETE", base + "/contacts/" + member + "/permissions", "").status())
			.isEqualTo(404);
		assertThat(this.staff
			.postJson(base + "/contacts/" + member + "/permissions/clone", Map.of("contactIds", List.of(other)))
			.status()).isEqualTo(404);
		assertThat(this.staff.send("DELETE", base + "/contacts/" + member + "?notify=true", "").status())
			.isEqualTo(404);
		Http.Response response = this.staff.get(base);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(response.body()).doesNotContain((String) body.get("name"));
	}

}
