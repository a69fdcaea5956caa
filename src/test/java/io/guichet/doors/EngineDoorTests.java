package io.guichet.doors;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.guichet.doors.Doors.Pending;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Multipart;
import io.guichet.support.Tasklist;
import io.guichet.support.TestStaff;
import io.guichet.support.Writes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of the engine door: jobs that are nobody's process work (history cleanup,
 * batches) are admin work; task variables are set by completing the task's form only,
 * with plain values, on every route Jersey dispatches (a trailing slash included); files
 * and objects of a class the caller names are refused for everyone.
 */
@GuichetTest
class EngineDoorTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	DataSource dataSource;

	private Doors doors;

	private Writes writes;

	private Job cleanup;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.doors = new Doors(this.port);
		this.writes = new Writes(this.dataSource);
		this.cleanup = this.history.cleanUpHistoryAsync(true);
	}

	@AfterEach
	void tearDown() {
		this.management.setJobRetries(this.cleanup.getId(), 3);
		this.management.activateJobById(this.cleanup.getId());
	}

	@Test
	void shouldRefuseTheHistoryCleanupJobToStaffAndViewers() {
		Job before = this.management.createJobQuery().jobId(this.cleanup.getId()).singleResult();
		Http viewer = new Http(this.port).as(TestStaff.VIEWER, TestStaff.PASSWORD);
		String job = "/engine-rest/job/" + this.cleanup.getId();
		Map<String, String[]> changes = Map.of("DELETE " + job, new String[] { "DELETE", job, "" },
				"PUT " + job + "/suspended", new String[] { "PUT", job + "/suspended", "{\"suspended\":true}" },
				"PUT " + job + "/duedate", new String[] { "PUT", job + "/duedate", "{\"duedate\":null}" },
				"PUT " + job + "/retries/", new String[] { "PUT", job + "/retries/", "{\"retries\":0}" },
				"PUT " + job + "/priority", new String[] { "PUT", job + "/priority", "{\"priority\":7}" },
				"POST " + job + "/execute", new String[] { "POST", job + "/execute", "" });
		for (Http caller : List.of(this.doors.staff, viewer)) {
			changes.forEach((name, call) -> {
				Http.Response answer = this.writes.none(name, () -> caller.send(call[0], call[1], call[2]));
				assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(403);
			});
		}
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response webapp = this.writes.none("the webapps' PUT …/suspended", () -> tasklist.http()
			.send("PUT", Tasklist.API + "/job/" + this.cleanup.getId() + "/suspended", "{\"suspended\":true}"));
		assertThat(webapp.status()).isEqualTo(403);
		Job after = this.management.createJobQuery().jobId(this.cleanup.getId()).singleResult();
		assertThat(after.isSuspended()).isFalse();
		assertThat(after.getRetries()).isEqualTo(before.getRetries());
		assertThat(after.getDuedate()).isEqualTo(before.getDuedate());
		assertThat(after.getPriority()).isEqualTo(before.getPriority());
		assertThat(this.doors.admin.send("PUT", job + "/priority", "{\"priority\":7}").status()).as("admin work")
			.isEqualTo(204);
	}

	@Test
	void shouldRefuseTheJobDefinitionsOfABatchToStaff() {
		Batch batch = this.management.setJobRetriesAsync(List.of(this.cleanup.getId()), 3);
		try {
			String definition = "/engine-rest/job-definition/" + batch.getSeedJobDefinitionId();
			Http.Response suspended = this.writes.none("PUT job-definition/…/suspended", () -> this.doors.staff
				.send("PUT", definition + "/suspended", "{\"suspended\":true,\"includeJobs\":true}"));
			assertThat(suspended.status()).as(suspended.body()).isEqualTo(403);
			Http.Response priority = this.writes.none("PUT job-definition/…/jobPriority",
					() -> this.doors.staff.send("PUT", definition + "/jobPriority", "{\"priority\":9}"));
			assertThat(priority.status()).as(priority.body()).isEqualTo(403);
		}
		finally {
			this.management.deleteBatch(batch.getId(), true);
		}
	}

	@Test
	void shouldSetTaskVariablesOnlyByCompletingTheForm() {
		Pending pending = this.doors.register("Somewhere " + Doors.email());
		String task = "/engine-rest/task/" + pending.taskId();
		String counter = "{\"value\":-100,\"type\":\"Integer\"}";
		for (String path : List.of(task + "/variables/automaticReinvitations",
				task + "/variables/automaticReinvitations/", task + "/localVariables/automaticReinvitations")) {
			Http.Response put = this.writes.none("PUT " + path, () -> this.doors.approver.send("PUT", path, counter));
			assertThat(put.status()).as(path + ": " + put.body()).isEqualTo(403);
		}
		Http.Response patch = this.writes.none("POST …/variables", () -> this.doors.approver
			.postJson(task + "/variables", "{\"modifications\":{\"automaticReinvitations\":" + counter + "}}"));
		assertThat(patch.status()).isEqualTo(403);
		String extra = Doors.approval(Doors.email())
			.replace("{\"decision\"", "{\"automaticReinvitations\":" + counter + ",\"decision\"");
		for (String path : List.of(task + "/complete", task + "/complete/", task + "/submit-form/")) {
			Http.Response completed = this.writes.none(path,
					() -> this.doors.approver.postJson(path, "{\"variables\":" + extra + "}"));
			assertThat(completed.status()).as(path + ": " + completed.body()).isEqualTo(400);
			assertThat(completed.body()).contains("automaticReinvitations");
		}
	}

	@Test
	void shouldLeaveQueriesWithVariableConditionsAlone() {
		String conditions = "{\"processVariables\":[{\"name\":\"email\",\"operator\":\"eq\",\"value\":\"x\"}],"
				+ "\"taskVariables\":[],\"variables\":[]}";
		Http.Response tasks = this.doors.approver.postJson("/engine-rest/task", conditions);
		assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
		String filter = this.doors.approver.get("/engine-rest/filter?resourceType=Task")
			.json()
			.get(0)
			.get("id")
			.asText();
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response listed = tasklist.http().postJson(Tasklist.API + "/filter/" + filter + "/list", conditions);
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
	}

	@Test
	void shouldRefuseObjectsAndFilesToEveryone() {
		Pending pending = this.doors.register("Somewhere " + Doors.email());
		String task = "/engine-rest/task/" + pending.taskId();
		String object = "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
				+ "\"serializationDataFormat\":\"application/json\"}}";
		Http.Response completed = this.writes.none("complete/ with an object", () -> this.doors.approver
			.postJson(task + "/complete/", "{\"variables\":{\"decision\":" + object + "}}"));
		assertThat(completed.status()).as(completed.body()).isEqualTo(400);
		for (String path : List.of(task + "/variables/anything", task + "/variables/anything/")) {
			Http.Response put = this.writes.none("PUT " + path, () -> this.doors.admin.send("PUT", path, object));
			assertThat(put.status()).as(path + ": " + put.body()).isEqualTo(400);
		}
		Multipart upload = new Multipart().field("type", "java.util.HashMap")
			.file("data", "x.json", "application/json", "{}".getBytes());
		Http.Response file = this.writes.none("POST …/data",
				() -> this.doors.admin.postMultipart(task + "/variables/anything/data", upload));
		assertThat(file.status()).as(file.body()).isEqualTo(400);
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response viaTasklist = this.writes.none("Tasklist's submit-form with an object",
				() -> tasklist.submitTaskForm(pending.taskId(), "{\"decision\":" + object + "}"));
		assertThat(viaTasklist.status()).isEqualTo(400);
	}

}
