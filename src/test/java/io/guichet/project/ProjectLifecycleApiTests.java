package io.guichet.project;

import java.util.Map;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.guichet.project.ProjectApiTests.assertEntry;
import static io.guichet.project.ProjectFixture.assertConflict;
import static io.guichet.project.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;

/** Changing a project's state (construction seed): reopening and deleting it. */
@GuichetTest
class ProjectLifecycleApiTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	AuditLog audit;

	@Autowired
	ProjectBook book;

	Http staff;

	ProjectFixture fixture;

	String clientId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.fixture = new ProjectFixture(this.staff);
		this.clientId = this.fixture.client("Lifecycle");
	}

	@Test
	void shouldReopenAClosedProjectAndRefuseToReopenAnOpenOne() {
		Map<String, Object> body = project("Reopened " + UUID.randomUUID(), this.clientId);
		String id = this.fixture.create(body);
		String base = "/api/projects/" + id;
		assertConflict(this.staff.postJson(base + "/reopening", ""));
		Http.Response french = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.language("fr")
			.postJson(base + "/reopening", "");
		assertConflict(french);
		assertThat(french.json().get("detail").asText()).contains("est déjà ouvert", (String) body.get("name"));

		this.fixture.close(id);
		Http.Response reopened = this.staff.postJson(base + "/reopening", "");
		assertThat(reopened.status()).as(reopened.body()).isEqualTo(204);
		assertThat(this.fixture.get(id).get("state").asText()).isEqualTo("OPEN");
		body.put("name", body.get("name") + " again");
		assertThat(this.staff.send("PUT", base, body).status()).isEqualTo(204);
		this.fixture.assign(id, Map.of("contactId", this.fixture.contact(this.clientId, "After")));
		assertThat(this.audit.history(AuditLog.CLIENT, UUID.fromString(this.clientId)))
			.anySatisfy((entry) -> assertEntry(entry, "PROJECT_REOPENED", id));
		// closing stays as it is
		this.fixture.close(id);
		assertThat(this.fixture.get(id).get("state").asText()).isEqualTo("CLOSED");

		assertThat(this.staff.postJson("/api/projects/" + UUID.randomUUID() + "/reopening", "").status())
			.isEqualTo(404);
	}

	@Test
	void shouldDeleteAProjectWithItsAssignmentsAndClientLinks() {
		String partner = this.fixture.client("Partner");
		String contact = this.fixture.contact(partner, "Assigned");
		String name = "Deleted " + UUID.randomUUID();
		String id = this.fixture.create(project(name, this.clientId, partner));
		this.fixture.assign(id, Map.of("contactId", contact, "hourlyRate", 90));
		assertThat(this.book.ofContact(UUID.fromString(contact))).hasSize(1);

		Http.Response deleted = this.staff.send("DELETE", "/api/projects/" + id, "");
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		assertThat(this.staff.get("/api/projects/" + id).status()).isEqualTo(404);
		assertThat(this.staff.get("/api/projects?q=" + name.replace(" ", "+")).json().get("total").asLong()).isZero();
		assertThat(this.book.ofContact(UUID.fromString(contact))).isEmpty();
		assertThat(this.book.existsForClient(UUID.fromString(partner))).isFalse();
		assertThat(this.audit.history(AuditLog.CLIENT, UUID.fromString(this.clientId)))
			.anySatisfy((entry) -> assertEntry(entry, "PROJECT_DELETED", id));
		assertThat(this.audit.history(AuditLog.CONTACT, UUID.fromString(contact))).anySatisfy((entry) -> {
			assertEntry(entry, "PROJECT_UNASSIGNED", id);
			assertThat(entry.details()).contains("project deleted");
		});
		assertThat(this.staff.send("DELETE", "/api/projects/" + id, "").status()).isEqualTo(404);
	}

	@Test
	void shouldDeleteAClosedProjectAndFreeItsClient() {
		String id = this.fixture.create(project("Closed then deleted " + UUID.randomUUID(), this.clientId));
		this.fixture.close(id);
		assertThat(this.staff.send("DELETE", "/api/clients/" + this.clientId, "").status()).isEqualTo(409);
		assertThat(this.staff.send("DELETE", "/api/projects/" + id, "").status()).isEqualTo(204);
		Http.Response client = this.staff.send("DELETE", "/api/clients/" + this.clientId, "");
		assertThat(client.status()).as(client.body()).isEqualTo(204);
	}

	@Test
	void shouldRefuseReopeningAndDeletionToNonStaff() {
		String id = this.fixture.create(project("Guarded " + UUID.randomUUID(), this.clientId));
		Http outsider = new Http(this.port).as(TestStaff.OUTSIDER, TestStaff.PASSWORD);
		assertThat(outsider.send("DELETE", "/api/projects/" + id, "").status()).isEqualTo(403);
		assertThat(outsider.postJson("/api/projects/" + id + "/reopening", "").status()).isEqualTo(403);
		assertThat(new Http(this.port).send("DELETE", "/api/projects/" + id, "").status()).isEqualTo(401);
		assertThat(this.fixture.get(id).get("state").asText()).isEqualTo("OPEN");
	}

}
