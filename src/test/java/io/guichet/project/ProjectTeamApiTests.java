package io.guichet.project;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.audit.AuditLog;
import io.guichet.audit.HistoryEntry;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
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
import static io.guichet.project.ProjectFixture.assertProblem;
import static io.guichet.project.ProjectFixture.member;
import static io.guichet.project.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contacts assigned to projects: rate, per-project permission overrides, cloning and
 * removing them (seed 001), moving them to another contact.
 */
@GuichetTest
class ProjectTeamApiTests {

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

	String projectId;

	String base;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.fixture = new ProjectFixture(this.staff);
		this.clientId = this.fixture.client("Team client");
		this.projectId = this.fixture.create(project("Team " + UUID.randomUUID(), this.clientId));
		this.base = "/api/projects/" + this.projectId + "/contacts";
	}

	@Test
	void shouldAssignAContactWithRateAndOverride() {
		String contact = this.fixture.contact(this.clientId, "Rated");
		this.fixture.assign(this.projectId, Map.of("contactId", contact, "hourlyRate", 85.5, "permissions",
				List.of("PROJECT_REVIEW", "TEAM_FOLDERS")));

		JsonNode member = member(this.fixture.get(this.projectId), contact);
		assertThat(member.get("hourlyRate").decimalValue()).isEqualByComparingTo("85.50");
		assertThat(member.get("name").asText()).isEqualTo("Pat Rated");
		assertThat(member.get("clientId").asText()).isEqualTo(this.clientId);
		assertThat(member.get("customPermissions").asBoolean()).isTrue();
		assertThat(texts(member.get("permissions"))).containsExactly("PROJECT_REVIEW", "TEAM_FOLDERS");
		assertConflict(this.staff.postJson(this.base, Map.of("contactId", contact)));
		assertThat(history(contact)).anySatisfy((entry) -> {
			assertEntry(entry, "PROJECT_ASSIGNED", this.projectId);
			assertThat(entry.details()).contains("85.50", "PROJECT_REVIEW");
		});
		assertThat(this.book.ofContact(UUID.fromString(contact))).extracting(ProjectSummary::id)
			.containsExactly(UUID.fromString(this.projectId));
	}

	@Test
	void shouldAssignAtPortalLevelByDefault() {
		String contact = this.fixture.contact(this.clientId, "Plain");
		this.fixture.assign(this.projectId, Map.of("contactId", contact));
		JsonNode member = member(this.fixture.get(this.projectId), contact);
		assertThat(member.get("customPermissions").asBoolean()).isFalse();
		assertThat(member.get("permissions").isNull()).isTrue();
		assertThat(member.get("hourlyRate").isNull()).isTrue();
	}

	@Test
	void shouldRefuseBadAssignmentsAndWriteNothing() {
		String contact = this.fixture.contact(this.clientId, "Valid");
		String stranger = this.fixture.contact(this.fixture.client("Elsewhere"), "Stranger");
		assertProblem(this.staff.postJson(this.base, Map.of("contactId", stranger)), "contactId");
		assertProblem(this.staff.postJson(this.base, Map.of("contactId", UUID.randomUUID().toString())), "contactId");
		assertProblem(this.staff.postJson(this.base, Map.of("hourlyRate", 10)), "contactId");
		assertProblem(this.staff.postJson(this.base, Map.of("contactId", contact, "hourlyRate", -5)), "hourlyRate");
		assertProblem(this.staff.postJson(this.base, Map.of("contactId", contact, "permissions", List.of("ROOT"))),
				"permissions[0]");
		assertProblem(this.staff.postJson(this.base, Map.of("contactId", "nope")), "contactId");
		assertThat(this.fixture.get(this.projectId).get("contacts")).isEmpty();
		assertThat(history(contact)).noneSatisfy((entry) -> assertThat(entry.action()).startsWith("PROJECT_"));
		assertThat(this.staff.postJson("/api/projects/" + UUID.randomUUID() + "/contacts", Map.of("contactId", contact))
			.status()).isEqualTo(404);
	}

	@Test
	void shouldChangeRateAndOverridesThenRemoveTheOverride() {
		String contact = this.fixture.contact(this.clientId, "Changing");
		this.fixture.assign(this.projectId, Map.of("contactId", contact));
		String path = this.base + "/" + contact;
		Http.Response changed = this.staff.send("PUT", path,
				Map.of("hourlyRate", 90, "permissions", List.of("INVOICE_REVIEW", "ONLINE_SUPPORT")));
		assertThat(changed.status()).as(changed.body()).isEqualTo(204);
		JsonNode member = member(this.fixture.get(this.projectId), contact);
		assertThat(member.get("hourlyRate").decimalValue()).isEqualByComparingTo("90");
		assertThat(texts(member.get("permissions"))).containsExactly("INVOICE_REVIEW", "ONLINE_SUPPORT");

		// an empty override is an override: no permission at all in this project
		assertThat(this.staff.send("PUT", path, Map.of("hourlyRate", 90, "permissions", List.of())).status())
			.isEqualTo(204);
		member = member(this.fixture.get(this.projectId), contact);
		assertThat(member.get("customPermissions").asBoolean()).isTrue();
		assertThat(member.get("permissions")).isEmpty();

		assertProblem(this.staff.send("PUT", path, Map.of("permissions", List.of("TEAM_FOLDERS", "SUDO"))),
				"permissions[1]");
		assertProblem(this.staff.send("PUT", path, Map.of("hourlyRate", 1.234)), "hourlyRate");

		assertThat(this.staff.send("DELETE", path + "/permissions", "").status()).isEqualTo(204);
		member = member(this.fixture.get(this.projectId), contact);
		assertThat(member.get("customPermissions").asBoolean()).isFalse();
		assertThat(member.get("permissions").isNull()).isTrue();
		assertThat(member.get("hourlyRate").decimalValue()).isEqualByComparingTo("90");
		assertThat(history(contact)).extracting(HistoryEntry::action)
			.contains("PROJECT_ASSIGNMENT_CHANGED", "PROJECT_PERMISSIONS_CHANGED");
		assertThat(history(contact)).last().satisfies((entry) -> assertThat(entry.details()).contains("portal level"));

		String stranger = UUID.randomUUID().toString();
		assertThat(this.staff.send("PUT", this.base + "/" + stranger, Map.of()).status()).isEqualTo(404);
		assertThat(this.staff.send("DELETE", this.base + "/" + stranger + "/permissions", "").status()).isEqualTo(404);
	}

	@Test
	void shouldCloneOverridesToOtherContactsOfTheProject() {
		String source = this.fixture.contact(this.clientId, "Source");
		String first = this.fixture.contact(this.clientId, "First");
		String second = this.fixture.contact(this.clientId, "Second");
		String outsider = this.fixture.contact(this.clientId, "Unassigned");
		this.fixture.assign(this.projectId,
				Map.of("contactId", source, "permissions", List.of("CLOSE_REQUESTS", "RESOURCE_PROFILES")));
		this.fixture.assign(this.projectId, Map.of("contactId", first, "hourlyRate", 50));
		this.fixture.assign(this.projectId, Map.of("contactId", second, "permissions", List.of("TEAM_FOLDERS")));
		String clone = this.base + "/" + source + "/permissions/clone";

		assertProblem(this.staff.postJson(clone, Map.of("contactIds", List.of(first, outsider))), "contactIds[1]");
		assertProblem(this.staff.postJson(clone, Map.of("contactIds", List.of())), "contactIds");
		assertThat(member(this.fixture.get(this.projectId), first).get("customPermissions").asBoolean()).isFalse();
		assertConflict(this.staff.postJson(this.base + "/" + first + "/permissions/clone",
				Map.of("contactIds", List.of(second))));

		Http.Response cloned = this.staff.postJson(clone, Map.of("contactIds", List.of(first, second, source)));
		assertThat(cloned.status()).as(cloned.body()).isEqualTo(204);
		JsonNode project = this.fixture.get(this.projectId);
		for (String target : List.of(first, second, source)) {
			assertThat(texts(member(project, target).get("permissions"))).containsExactly("CLOSE_REQUESTS",
					"RESOURCE_PROFILES");
		}
		assertThat(member(project, first).get("hourlyRate").decimalValue()).isEqualByComparingTo("50");
		assertThat(history(second)).last().satisfies((entry) -> {
			assertEntry(entry, "PROJECT_PERMISSIONS_CHANGED", this.projectId);
			assertThat(entry.details()).contains(source);
		});
	}

	@Test
	void shouldUnassignAContact() {
		String contact = this.fixture.contact(this.clientId, "Leaving");
		this.fixture.assign(this.projectId, Map.of("contactId", contact));
		assertThat(this.staff.send("DELETE", this.base + "/" + contact, "").status()).isEqualTo(204);
		assertThat(this.fixture.get(this.projectId).get("contacts")).isEmpty();
		assertThat(this.staff.send("DELETE", this.base + "/" + contact, "").status()).isEqualTo(404);
		assertThat(history(contact)).last()
			.satisfies((entry) -> assertEntry(entry, "PROJECT_UNASSIGNED", this.projectId));
		assertThat(this.book.ofContact(UUID.fromString(contact))).isEmpty();
		// assigned again later
		this.fixture.assign(this.projectId, Map.of("contactId", contact));
	}

	@Test
	void shouldMoveAssignmentsOfOpenProjectsToAnotherContactOfTheSameCompany() {
		String from = this.fixture.contact(this.clientId, "From");
		String to = this.fixture.contact(this.clientId, "To");
		String both = this.fixture.create(project("Both " + UUID.randomUUID(), this.clientId));
		String closed = this.fixture.create(project("Closed " + UUID.randomUUID(), this.clientId));
		this.fixture.assign(this.projectId,
				Map.of("contactId", from, "hourlyRate", 70, "permissions", List.of("PROJECT_REVIEW")));
		this.fixture.assign(both, Map.of("contactId", from));
		this.fixture.assign(both, Map.of("contactId", to));
		this.fixture.assign(closed, Map.of("contactId", from));
		this.fixture.close(closed);
		Actor manager = Actor.staff("manager@client.test");

		String stranger = this.fixture.contact(this.fixture.client("Other company"), "Stranger");
		assertThatThrownBy(() -> this.book.moveAssignments(UUID.fromString(from), UUID.fromString(stranger), manager))
			.isInstanceOf(FieldErrorsException.class);
		assertThat(this.book.moveAssignments(UUID.fromString(from), UUID.fromString(to), manager)).isEqualTo(1);

		JsonNode moved = member(this.fixture.get(this.projectId), to);
		assertThat(moved.get("hourlyRate").decimalValue()).isEqualByComparingTo("70");
		assertThat(texts(moved.get("permissions"))).containsExactly("PROJECT_REVIEW");
		assertThat(member(this.fixture.get(this.projectId), from)).isNull();
		assertThat(this.fixture.get(both).get("contacts")).hasSize(2);
		assertThat(member(this.fixture.get(closed), from)).isNotNull();
		assertThat(this.book.ofContact(UUID.fromString(from))).extracting(ProjectSummary::id)
			.containsExactlyInAnyOrder(UUID.fromString(both), UUID.fromString(closed));
		assertThat(this.book.ofContact(UUID.fromString(to))).hasSize(2);
		assertThat(history(to)).last().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("PROJECT_ASSIGNED");
			assertThat(entry.actor()).isEqualTo("manager@client.test");
			assertThat(entry.details()).contains(from, this.projectId);
		});
		assertThat(history(from)).last()
			.satisfies((entry) -> assertThat(entry.action()).isEqualTo("PROJECT_UNASSIGNED"));
		assertThat(this.book.moveAssignments(UUID.fromString(from), UUID.fromString(to), manager)).isZero();
	}

	@Test
	void shouldTellWhetherAClientHasProjects() {
		assertThat(this.book.existsForClient(UUID.fromString(this.clientId))).isTrue();
		String secondary = this.fixture.client("Secondary");
		this.fixture.create(project("Secondary " + UUID.randomUUID(), this.clientId, secondary));
		assertThat(this.book.existsForClient(UUID.fromString(secondary))).isTrue();
		assertThat(this.book.existsForClient(UUID.fromString(this.fixture.client("Idle")))).isFalse();
	}

	private List<HistoryEntry> history(String contactId) {
		return this.audit.history(AuditLog.CONTACT, UUID.fromString(contactId));
	}

	private static List<String> texts(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

}
