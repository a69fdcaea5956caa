package io.guichet.project.web;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.project.ProjectFixture;
import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.guichet.project.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's project list, form and life cycle (close, reopen, delete), for staff and
 * for read-only viewers, over HTTP with the console's session and CSRF field.
 */
@GuichetTest
class ProjectPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	Http api;

	ProjectFixture fixture;

	String token;

	String clientId;

	String clientName;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.api = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.fixture = new ProjectFixture(this.api);
		this.token = "Pages" + UUID.randomUUID().toString().substring(0, 8);
		this.clientId = this.fixture.client(this.token + " client");
		this.clientName = this.api.get("/api/clients/" + this.clientId).json().get("name").asText();
	}

	@Test
	void shouldListSearchAndPageProjectsWithAStateFilter() {
		for (int i = 0; i < 21; i++) {
			String id = this.fixture.create(project(this.token + " " + String.format("%02d", i), this.clientId));
			if (i == 3) {
				this.fixture.close(id);
			}
		}
		ConsoleSession staff = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");

		Http.Response first = staff.get("/console/projects?q=" + this.token);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains(this.token + " 00<")
			.doesNotContain(this.token + " 20<")
			.contains("Page 1 of 2 (21 in all)")
			.contains(this.clientName)
			.contains("2026-02-01")
			.contains("id=\"new-project\"");
		Http.Response second = staff.get("/console/projects?q=" + this.token + "&page=1");
		assertThat(second.body()).contains(this.token + " 20<").doesNotContain(this.token + " 00<");

		Http.Response closed = staff.get("/console/projects?q=" + this.token + "&state=CLOSED");
		assertThat(closed.body()).contains(this.token + " 03<")
			.doesNotContain(this.token + " 00<")
			.contains("Page 1 of 1 (1 in all)")
			.contains(">Closed<");
		Http.Response open = staff.get("/console/projects?q=" + this.token + "&state=OPEN");
		assertThat(open.body()).doesNotContain(this.token + " 03<").contains("Page 1 of 1 (20 in all)");

		Http.Response french = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr")
			.get("/console/projects?q=" + this.token + "&state=CLOSED");
		assertThat(french.body()).contains("Projets").contains(">Fermé<").contains("Page 1 sur 1 (1 au total)");
	}

	@Test
	void shouldShowEveryErrorNextToItsFieldInFrenchAndEnglishAndWriteNothing() {
		ConsoleSession french = ConsoleSession.signIn(this.port, TestStaff.STAFF, "fr");
		assertThat(french.get("/console/projects/new").body()).contains("Nouveau projet")
			.contains("client-typeahead.js");
		Http.Response refused = french.post("/console/projects/new", "name", " ", "clientName", "Nobody " + this.token,
				"clientId", "", "startDate", "2026-13-01", "estimatedBudget", "beaucoup");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"name-error\">Obligatoire.<")
			.contains("id=\"clientName-error\">Choisissez un client existant.<")
			.contains("id=\"startDate-error\">Saisissez une date au format AAAA-MM-JJ.<")
			.contains("id=\"estimatedBudget-error\">Saisissez un montant positif ou nul")
			.contains("value=\"Nobody " + this.token + "\"")
			.contains("value=\"beaucoup\"");
		Http.Response endFirst = french.post("/console/projects/new", "name", this.token + " dates", "clientName",
				this.clientName, "clientId", this.clientId, "startDate", "2026-06-01", "endDate", "2026-05-01");
		assertThat(endFirst.status()).isEqualTo(400);
		assertThat(endFirst.body())
			.contains("id=\"endDate-error\">La date de fin ne peut pas précéder la date de début.<")
			.contains("value=\"" + this.token + " dates\"")
			.contains("value=\"2026-06-01\"")
			.doesNotContain("id=\"clientName-error\"");

		ConsoleSession english = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		english.get("/console/projects/new");
		Http.Response englishRefused = english.post("/console/projects/new", "name", "", "clientName", "", "clientId",
				"", "estimatedBudget", "-5", "submissionContactId", "nope");
		assertThat(englishRefused.status()).isEqualTo(400);
		assertThat(englishRefused.body()).contains("id=\"name-error\">Required.<")
			.contains("id=\"clientName-error\">Required.<")
			.contains("id=\"estimatedBudget-error\">Enter an amount of zero or more")
			.contains("id=\"submissionContactId-error\">Choose an existing contact.<");
		Http.Response englishDates = english.post("/console/projects/new", "name", this.token + " dates", "clientName",
				this.clientName, "clientId", this.clientId, "startDate", "2026-06-01", "endDate", "2026-05-01");
		assertThat(englishDates.body()).contains("id=\"endDate-error\">The end date cannot be before the start date.<");

		assertThat(this.api.get("/api/projects?q=" + this.token).json().get("total").asLong()).as("nothing written")
			.isZero();
	}

	@Test
	void shouldCreateAProjectWithItsNamedContactAndEditIt() {
		String submitter = this.fixture.contact(this.clientId, "Submitter");
		ConsoleSession staff = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		Http.Response form = staff.get("/console/projects/new?clientId=" + this.clientId);
		assertThat(form.body()).contains("value=\"" + this.clientName + "\"").contains("Pat Submitter");

		String name = this.token + " created";
		Http.Response created = staff.post("/console/projects/new", "name", name, "clientName", this.clientName,
				"clientId", this.clientId, "submissionEndDate", "2026-01-15", "startDate", "2026-02-01", "endDate",
				"2026-06-30", "estimatedBudget", "12 500,50", "submissionContactId", submitter, "billingContactId", "",
				"executionContactId", "");
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		Http.Response page = staff.follow(created);
		assertThat(page.body()).contains("id=\"notice\"")
			.contains("was created")
			.contains("id=\"project-name\">" + name + "<")
			.contains(">primary client<")
			.contains("12,500.50")
			.contains("Pat Submitter")
			.contains("id=\"close-project\"");
		String id = created.header("Location").replaceFirst(".*/", "");
		JsonNode project = this.fixture.get(id);
		assertThat(project.get("estimatedBudget").decimalValue()).isEqualByComparingTo("12500.50");
		assertThat(project.get("submissionContact").get("id").asText()).isEqualTo(submitter);
		assertThat(project.get("clients").get(0).get("id").asText()).isEqualTo(this.clientId);
		assertThat(project.get("clients").get(0).get("primary").asBoolean()).isTrue();

		Http.Response edit = staff.get("/console/projects/" + id + "/edit");
		assertThat(edit.body()).contains("value=\"12500.50\"").contains("value=\"2026-06-30\"");
		Http.Response invalid = staff.post("/console/projects/" + id + "/edit", "name", "", "clientName",
				this.clientName, "clientId", this.clientId, "estimatedBudget", "99");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"name-error\">Required.<").contains("value=\"99\"");
		assertThat(this.fixture.get(id).get("name").asText()).isEqualTo(name);

		Http.Response saved = staff.post("/console/projects/" + id + "/edit", "name", name + " renamed", "clientName",
				this.clientName, "clientId", this.clientId, "estimatedBudget", "99", "submissionContactId", submitter);
		assertThat(staff.follow(saved).body()).contains("was saved").contains(name + " renamed");
		project = this.fixture.get(id);
		assertThat(project.get("name").asText()).isEqualTo(name + " renamed");
		assertThat(project.get("estimatedBudget").decimalValue()).isEqualByComparingTo("99");
		assertThat(project.get("startDate").isNull()).isTrue();
	}

	@Test
	void shouldAskBeforeClosingAndDeletingAndRefuseChangesToAClosedProject() {
		String name = this.token + " lifecycle";
		String id = this.fixture.create(project(name, this.clientId));
		String contact = this.fixture.contact(this.clientId, "Late");
		ConsoleSession staff = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		String page = "/console/projects/" + id;
		assertThat(staff.get(page).body()).contains("id=\"close-project\"").contains("id=\"assign\"");

		Http.Response ask = staff.post(page + "/closure");
		assertThat(ask.status()).isEqualTo(200);
		assertThat(ask.body()).contains("id=\"confirm-question\"")
			.contains("Close the project")
			.contains(name)
			.contains("name=\"confirmed\"");
		assertThat(this.fixture.get(id).get("state").asText()).as("asked only").isEqualTo("OPEN");
		Http.Response closed = staff.follow(staff.post(page + "/closure", "confirmed", "true"));
		assertThat(closed.body()).contains("is closed")
			.contains("id=\"closed-note\"")
			.contains("id=\"reopen-project\"")
			.doesNotContain("id=\"close-project\"")
			.doesNotContain("id=\"edit-project\"")
			.doesNotContain("id=\"assign\"");
		assertThat(this.fixture.get(id).get("state").asText()).isEqualTo("CLOSED");

		Http.Response refused = staff.follow(staff.post(page + "/contacts", "contactId", contact, "hourlyRate", "10"));
		assertThat(refused.body()).contains("id=\"problem\"").contains("is closed");
		assertThat(this.fixture.get(id).get("contacts")).isEmpty();
		assertThat(staff.follow(staff.get(page + "/edit")).body()).contains("id=\"problem\"");

		assertThat(staff.follow(staff.post(page + "/reopening")).body()).contains("is open again");
		assertThat(this.fixture.get(id).get("state").asText()).isEqualTo("OPEN");
		Http.Response reopenedTwice = staff.follow(staff.post(page + "/reopening"));
		assertThat(reopenedTwice.body()).contains("id=\"problem\"").contains("is already open");

		Http.Response askDelete = staff.post(page + "/deletion");
		assertThat(askDelete.status()).isEqualTo(200);
		assertThat(askDelete.body()).contains("id=\"confirm-question\"").contains("cannot be undone");
		assertThat(this.api.get("/api/projects/" + id).status()).isEqualTo(200);
		Http.Response deleted = staff.post(page + "/deletion", "confirmed", "true");
		assertThat(deleted.header("Location")).endsWith("/console/projects");
		assertThat(staff.follow(deleted).body()).contains("was deleted");
		assertThat(this.api.get("/api/projects/" + id).status()).isEqualTo(404);
		Http.Response gone = staff.get(page);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.body()).contains("does not exist");
		assertThat(staff.post(page + "/deletion", "confirmed", "true").status()).isEqualTo(404);
	}

	@Test
	void shouldLetViewersReadProjectsButChangeNothing() {
		String name = this.token + " viewed";
		String id = this.fixture.create(project(name, this.clientId));
		String contact = this.fixture.contact(this.clientId, "Viewed");
		this.fixture.assign(id, java.util.Map.of("contactId", contact, "permissions", java.util.List.of()));
		ConsoleSession viewer = ConsoleSession.signIn(this.port, TestStaff.VIEWER, "en");
		String page = "/console/projects/" + id;

		Http.Response list = viewer.get("/console/projects?q=" + this.token);
		assertThat(list.body()).contains(name).doesNotContain("id=\"new-project\"");
		Http.Response project = viewer.get(page);
		assertThat(project.status()).isEqualTo(200);
		assertThat(project.body()).contains("id=\"read-only\"")
			.contains("Pat Viewed")
			.doesNotContain("id=\"close-project\"")
			.doesNotContain("id=\"delete-project\"")
			.doesNotContain("id=\"edit-project\"")
			.doesNotContain("id=\"assign\"")
			.doesNotContain("id=\"add-client\"")
			.doesNotContain("unassign-");

		assertThat(viewer.get("/console/projects/new").status()).isEqualTo(403);
		assertThat(viewer
			.post("/console/projects/new", "name", this.token + " by viewer", "clientName", this.clientName, "clientId",
					this.clientId)
			.status()).isEqualTo(403);
		assertThat(viewer.post(page + "/closure", "confirmed", "true").status()).isEqualTo(403);
		assertThat(viewer.post(page + "/deletion", "confirmed", "true").status()).isEqualTo(403);
		assertThat(viewer.post(page + "/contacts/" + contact, "hourlyRate", "80").status()).isEqualTo(403);
		assertThat(viewer.post(page + "/contacts/" + contact + "/removal", "confirmed", "true").status())
			.isEqualTo(403);
		JsonNode unchanged = this.fixture.get(id);
		assertThat(unchanged.get("state").asText()).isEqualTo("OPEN");
		assertThat(unchanged.get("contacts").get(0).get("hourlyRate").isNull()).isTrue();
		assertThat(this.api.get("/api/projects?q=" + this.token).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void shouldRefuseFormsWithoutTheCsrfField() {
		String id = this.fixture.create(project(this.token + " csrf", this.clientId));
		ConsoleSession staff = ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		String page = "/console/projects/" + id;

		assertThat(staff.postWithoutCsrf(page + "/closure", "confirmed", "true").status()).isEqualTo(403);
		assertThat(staff.postWithoutCsrf(page + "/deletion", "confirmed", "true").status()).isEqualTo(403);
		assertThat(staff
			.postWithoutCsrf("/console/projects/new", "name", this.token + " forged", "clientName", this.clientName,
					"clientId", this.clientId)
			.status()).isEqualTo(403);
		assertThat(this.fixture.get(id).get("state").asText()).isEqualTo("OPEN");
		assertThat(this.api.get("/api/projects?q=" + this.token).json().get("total").asLong()).isEqualTo(1);
		assertThat(staff.post(page + "/closure", "confirmed", "true").status()).as("with the field").isEqualTo(302);
	}

}
