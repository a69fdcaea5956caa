package io.guichet.project;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.audit.AuditLog;
import io.guichet.audit.HistoryEntry;
import io.guichet.staff.StaffGroups;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.guichet.project.ProjectFixture.assertConflict;
import static io.guichet.project.ProjectFixture.assertProblem;
import static io.guichet.project.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;

/** Projects through the REST API (SPEC §2 Project, seeds 001 and 002). */
@GuichetTest
class ProjectApiTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	AuditLog audit;

	Http staff;

	ProjectFixture fixture;

	String clientId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.fixture = new ProjectFixture(this.staff);
		this.clientId = this.fixture.client("Bowman Furniture");
	}

	@Test
	void shouldCreateAProjectAndShowItWithItsClientsAndNamedContacts() {
		String partnerId = this.fixture.client("Partner");
		String billing = this.fixture.contact(this.clientId, "Billing");
		String execution = this.fixture.contact(partnerId, "Execution");
		Map<String, Object> body = project("Showroom " + UUID.randomUUID(), this.clientId, partnerId);
		body.put("billingContactId", billing);
		body.put("executionContactId", execution);
		String id = this.fixture.create(body);

		JsonNode project = this.fixture.get(id);
		assertThat(project.get("name").asText()).isEqualTo(body.get("name"));
		assertThat(project.get("state").asText()).isEqualTo("OPEN");
		assertThat(project.get("submissionEndDate").asText()).isEqualTo("2026-01-15");
		assertThat(project.get("startDate").asText()).isEqualTo("2026-02-01");
		assertThat(project.get("endDate").asText()).isEqualTo("2026-06-30");
		assertThat(project.get("estimatedBudget").decimalValue()).isEqualByComparingTo("12500.50");
		assertThat(project.get("clients")).hasSize(2);
		assertThat(project.get("clients").get(0).get("id").asText()).isEqualTo(this.clientId);
		assertThat(project.get("clients").get(0).get("primary").asBoolean()).isTrue();
		assertThat(project.get("clients").get(0).get("name").asText()).startsWith("Bowman Furniture");
		assertThat(project.get("clients").get(1).get("primary").asBoolean()).isFalse();
		assertThat(project.get("billingContact").get("id").asText()).isEqualTo(billing);
		assertThat(project.get("billingContact").get("name").asText()).isEqualTo("Pat Billing");
		assertThat(project.get("executionContact").get("clientId").asText()).isEqualTo(partnerId);
		assertThat(project.get("submissionContact").isNull()).isTrue();
		assertThat(project.get("contacts")).isEmpty();
		assertThat(this.audit.history(AuditLog.CLIENT, UUID.fromString(this.clientId)))
			.anySatisfy((entry) -> assertEntry(entry, "PROJECT_CREATED", id));
	}

	@Test
	void shouldSearchByNameFilterByClientAndPage() {
		String token = UUID.randomUUID().toString().substring(0, 8);
		String otherClient = this.fixture.client("Other");
		this.fixture.create(project("Alpha " + token, this.clientId));
		this.fixture.create(project("beta " + token, this.clientId, otherClient));
		this.fixture.create(project("Gamma " + token, otherClient));

		JsonNode first = this.staff.get("/api/projects?q=" + token.toUpperCase() + "&size=2").json();
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("items").findValuesAsText("name")).containsExactly("Alpha " + token, "beta " + token);
		JsonNode second = this.staff.get("/api/projects?q=" + token + "&size=2&page=1").json();
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("items").findValuesAsText("name")).containsExactly("Gamma " + token);

		JsonNode ofClient = this.staff.get("/api/projects?clientId=" + otherClient).json();
		assertThat(ofClient.get("items").findValuesAsText("name")).containsExactly("beta " + token, "Gamma " + token);
		assertThat(ofClient.get("items").get(1).get("primaryClientId").asText()).isEqualTo(otherClient);
		JsonNode both = this.staff.get("/api/projects?q=alpha+" + token + "&clientId=" + otherClient).json();
		assertThat(both.get("total").asLong()).isZero();
		assertThat(this.staff.get("/api/projects?q=%25").status()).isEqualTo(200);

		assertProblem(this.staff.get("/api/projects?size=0"), "size");
		assertProblem(this.staff.get("/api/projects?size=101"), "size");
		assertProblem(this.staff.get("/api/projects?page=-1"), "page");
		assertProblem(this.staff.get("/api/projects?clientId=not-a-uuid"), "clientId");
	}

	@Test
	void shouldRequireExactlyOnePrimaryClient() {
		String token = UUID.randomUUID().toString();
		String other = this.fixture.client("Second");
		Map<String, Object> none = project("None " + token, this.clientId);
		none.put("clients", List.of(Map.of("clientId", this.clientId)));
		assertProblem(this.staff.postJson("/api/projects", none), "clients");
		Map<String, Object> two = project("Two " + token, this.clientId);
		two.put("clients", List.of(Map.of("clientId", this.clientId, "primary", true),
				Map.of("clientId", other, "primary", true)));
		assertProblem(this.staff.postJson("/api/projects", two), "clients");
		Map<String, Object> empty = project("Empty " + token, this.clientId);
		empty.put("clients", List.of());
		assertProblem(this.staff.postJson("/api/projects", empty), "clients");
		Map<String, Object> twice = project("Twice " + token, this.clientId, this.clientId);
		assertProblem(this.staff.postJson("/api/projects", twice), "clients");
		assertProblem(this.staff.postJson("/api/projects", project("Unknown " + token, UUID.randomUUID().toString())),
				"clients[0].clientId");
		Map<String, Object> nameless = project("Nameless " + token, this.clientId);
		nameless.put("clients", List.of(Map.of("primary", true)));
		assertProblem(this.staff.postJson("/api/projects", nameless), "clients[0].clientId");
		assertThat(this.staff.get("/api/projects?q=" + token).json().get("total").asLong()).isZero();
	}

	@Test
	void shouldRefuseInvalidFieldsAndWriteNothing() {
		String token = UUID.randomUUID().toString();
		assertInvalid(token, "name", (p) -> p.put("name", " "));
		assertInvalid(token, "name", (p) -> p.put("name", token + "x".repeat(200)));
		assertInvalid(token, "name", (p) -> p.put("name", token + "\r\nline"));
		assertInvalid(token, "endDate", (p) -> p.put("endDate", "2026-01-31"));
		assertInvalid(token, "startDate", (p) -> p.put("startDate", "01/02/2026"));
		assertInvalid(token, "submissionEndDate", (p) -> p.put("submissionEndDate", "2026-02-30"));
		assertInvalid(token, "estimatedBudget", (p) -> p.put("estimatedBudget", -1));
		assertInvalid(token, "estimatedBudget", (p) -> p.put("estimatedBudget", 10.555));
		assertInvalid(token, "estimatedBudget", (p) -> p.put("estimatedBudget", "lots"));
		assertInvalid(token, "clients", (p) -> p.remove("clients"));
		assertThat(this.staff.get("/api/projects?q=" + token).json().get("total").asLong()).isZero();
		// open-ended dates and no budget are fine
		Map<String, Object> minimal = project(token, this.clientId);
		minimal.remove("endDate");
		minimal.remove("estimatedBudget");
		minimal.put("startDate", "2026-06-30");
		this.fixture.create(minimal);
	}

	@Test
	void shouldRefuseNamedContactsOfAnotherClient() {
		String stranger = this.fixture.contact(this.fixture.client("Stranger"), "Stranger");
		Map<String, Object> body = project("Named " + UUID.randomUUID(), this.clientId);
		for (String field : List.of("submissionContactId", "billingContactId", "executionContactId")) {
			Map<String, Object> broken = new java.util.HashMap<>(body);
			broken.put(field, stranger);
			assertProblem(this.staff.postJson("/api/projects", broken), field);
		}
		body.put("billingContactId", UUID.randomUUID().toString());
		assertProblem(this.staff.postJson("/api/projects", body), "billingContactId");
		body.remove("billingContactId");
		String id = this.fixture.create(body);
		body.put("submissionContactId", stranger);
		Http.Response french = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.language("fr")
			.send("PUT", "/api/projects/" + id, body);
		assertProblem(french, "submissionContactId");
		assertThat(french.body()).contains("Choisissez un contact de l'un des clients du projet.");
		assertThat(this.fixture.get(id).get("submissionContact").isNull()).isTrue();
	}

	@Test
	void shouldUpdateAProjectAndTellThePrimaryClientsHistory() {
		String other = this.fixture.client("New primary");
		String name = "Before " + UUID.randomUUID();
		String id = this.fixture.create(project(name, this.clientId));
		Map<String, Object> changed = project("After " + name, other, this.clientId);
		changed.put("estimatedBudget", "12500.5");
		Http.Response response = this.staff.send("PUT", "/api/projects/" + id, changed);
		assertThat(response.status()).as(response.body()).isEqualTo(204);

		JsonNode project = this.fixture.get(id);
		assertThat(project.get("name").asText()).isEqualTo("After " + name);
		assertThat(project.get("clients").get(0).get("id").asText()).isEqualTo(other);
		assertThat(project.get("clients").get(0).get("primary").asBoolean()).isTrue();
		assertThat(project.get("clients").get(1).get("primary").asBoolean()).isFalse();
		List<HistoryEntry> history = this.audit.history(AuditLog.CLIENT, UUID.fromString(other));
		assertThat(history).anySatisfy((entry) -> {
			assertEntry(entry, "PROJECT_CHANGED", id);
			assertThat(entry.details()).contains("name", "primaryClient", "clients").doesNotContain("estimatedBudget");
		});
		assertThat(this.audit.history(AuditLog.CLIENT, UUID.fromString(this.clientId)))
			.anySatisfy((entry) -> assertEntry(entry, "PROJECT_CHANGED", id));

		assertThat(this.staff.send("PUT", "/api/projects/" + UUID.randomUUID(), changed).status()).isEqualTo(404);
		assertThat(this.staff.get("/api/projects/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void shouldKeepAClientWhileItsContactsAreAssigned() {
		String other = this.fixture.client("Leaving");
		String id = this.fixture.create(project("Keep " + UUID.randomUUID(), this.clientId, other));
		String contact = this.fixture.contact(other, "Assigned");
		this.fixture.assign(id, Map.of("contactId", contact));
		Map<String, Object> without = project("Keep", this.clientId);
		assertProblem(this.staff.send("PUT", "/api/projects/" + id, without), "clients");
		assertThat(this.fixture.get(id).get("clients")).hasSize(2);
	}

	@Test
	void shouldRefuseEveryChangeToAClosedProjectButStayReadable() {
		String contact = this.fixture.contact(this.clientId, "Closed");
		String other = this.fixture.contact(this.clientId, "Other");
		Map<String, Object> body = project("Closing " + UUID.randomUUID(), this.clientId);
		String id = this.fixture.create(body);
		this.fixture.assign(id, Map.of("contactId", contact, "permissions", List.of("PROJECT_REVIEW")));
		this.fixture.assign(id, Map.of("contactId", other));
		this.fixture.close(id);
		String base = "/api/projects/" + id;

		assertConflict(this.staff.send("PUT", base, body));
		assertConflict(this.staff.postJson(base + "/closure", ""));
		assertConflict(this.staff.postJson(base + "/contacts",
				Map.of("contactId", this.fixture.contact(this.clientId, "Late"))));
		assertConflict(this.staff.send("PUT", base + "/contacts/" + contact, Map.of("hourlyRate", 10)));
		assertConflict(this.staff.send("DELETE", base + "/contacts/" + contact + "/permissions", ""));
		assertConflict(this.staff.postJson(base + "/contacts/" + contact + "/permissions/clone",
				Map.of("contactIds", List.of(other))));
		assertConflict(this.staff.send("DELETE", base + "/contacts/" + contact, ""));
		Http.Response french = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.language("fr")
			.send("PUT", base, body);
		assertConflict(french);
		assertThat(french.json().get("detail").asText()).contains("est fermé", (String) body.get("name"));

		JsonNode project = this.fixture.get(id);
		assertThat(project.get("state").asText()).isEqualTo("CLOSED");
		assertThat(project.get("contacts")).hasSize(2);
		assertThat(ProjectFixture.member(project, contact).get("permissions").get(0).asText())
			.isEqualTo("PROJECT_REVIEW");
		String query = java.net.URLEncoder.encode((String) body.get("name"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(this.staff.get("/api/projects?q=" + query).json().get("items").get(0).get("state").asText())
			.isEqualTo("CLOSED");
		assertThat(this.audit.history(AuditLog.CLIENT, UUID.fromString(this.clientId)))
			.anySatisfy((entry) -> assertEntry(entry, "PROJECT_CLOSED", id));
	}

	@Test
	void shouldLetViewersReadButNotWrite() {
		String viewerId = "test-viewer";
		User viewer = this.identity.createUserQuery().userId(viewerId).singleResult();
		if (viewer == null) {
			viewer = this.identity.newUser(viewerId);
			viewer.setFirstName("Viewer");
			viewer.setLastName("Test");
			viewer.setEmail("viewer@staff.test");
		}
		viewer.setPassword(TestStaff.PASSWORD);
		this.identity.saveUser(viewer);
		if (this.identity.createUserQuery().userId(viewerId).memberOfGroup(StaffGroups.VIEWER).count() == 0) {
			this.identity.createMembership(viewerId, StaffGroups.VIEWER);
		}
		String id = this.fixture.create(project("Viewed " + UUID.randomUUID(), this.clientId));
		Http reader = new Http(this.port).as(viewerId, TestStaff.PASSWORD);

		assertThat(reader.get("/api/projects/" + id).status()).isEqualTo(200);
		assertThat(reader.get("/api/projects?clientId=" + this.clientId).json().get("total").asLong()).isEqualTo(1);
		assertThat(reader.postJson("/api/projects", project("Refused", this.clientId)).status()).isEqualTo(403);
		assertThat(reader.postJson("/api/projects/" + id + "/closure", "").status()).isEqualTo(403);
		assertThat(this.fixture.get(id).get("state").asText()).isEqualTo("OPEN");
		assertThat(new Http(this.port).as(TestStaff.OUTSIDER, TestStaff.PASSWORD).get("/api/projects").status())
			.isEqualTo(403);
		assertThat(new Http(this.port).get("/api/projects").status()).isEqualTo(401);
	}

	private void assertInvalid(String token, String field, java.util.function.Consumer<Map<String, Object>> breakIt) {
		Map<String, Object> body = project(token, this.clientId);
		breakIt.accept(body);
		assertProblem(this.staff.postJson("/api/projects", body), field);
	}

	static void assertEntry(HistoryEntry entry, String action, String projectId) {
		assertThat(entry.action()).isEqualTo(action);
		assertThat(entry.actor()).isEqualTo(TestStaff.STAFF);
		assertThat(entry.details()).contains(projectId);
	}

}
