package io.guichet.access.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Tasklist;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review form's client choice at scale: the instance carries no client list; an
 * approver opening the form in Tasklist is offered every client they may see (10,000 and
 * more, searched by typing), restricted ones included when they are allowed, and Guichet
 * proposes the most similar client to the company as typed.
 */
@GuichetTest
class ReviewChoicesTests {

	private static final int CLIENTS = 10_000;

	/** An approver the restricted clients here are not shown to. */
	private static final String OTHER_APPROVER = "test-approver-2";

	private static boolean seeded;

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		if (this.identity.createUserQuery().userId(OTHER_APPROVER).count() == 0) {
			org.camunda.bpm.engine.identity.User user = this.identity.newUser(OTHER_APPROVER);
			user.setFirstName("Other");
			user.setLastName("Approver");
			user.setEmail(OTHER_APPROVER + "@staff.test");
			user.setPassword(TestStaff.PASSWORD);
			this.identity.saveUser(user);
			this.identity.createMembership(OTHER_APPROVER, "approvers");
			this.identity.createMembership(OTHER_APPROVER, "guichet-staff");
		}
		if (!seeded) {
			seed();
			seeded = true;
		}
	}

	@Test
	void shouldOfferEveryClientTheApproverMaySeeWhenTheFormOpensAndCarryNoListInTheInstance() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID allowed = client("Zeta Logistics GmbH " + tag, TestStaff.APPROVER);
		UUID hidden = client("Hidden Holdings " + tag, "someone-else");
		Task review = register("Zeta Logistics " + tag);

		Map<String, Object> variables = this.runtime.getVariables(review.getProcessInstanceId());
		assertThat(variables).doesNotContainKey("clientOptions");

		JsonNode options = clientOptions(TestStaff.APPROVER, review.getId());
		List<String> values = options.findValuesAsText("value");
		long total = this.jdbc.queryForObject("select count(*) from client", Long.class);
		long hiddenFromApprover = this.jdbc.queryForObject(
				"select count(*) from client c where c.restricted = true and not exists (select 1 from client_allowed_user u"
						+ " where u.client_id = c.id and u.user_id = ?)",
				Long.class, TestStaff.APPROVER);
		assertThat(values).hasSize((int) (total - hiddenFromApprover))
			.hasSizeGreaterThan(CLIENTS)
			.contains(allowed.toString())
			.doesNotContain(hidden.toString())
			.doesNotHaveDuplicates();
		assertThat(options.findValuesAsText("label")).contains("Zeta Logistics GmbH " + tag)
			.anyMatch((label) -> label.startsWith("Bulk client 09999"));

		JsonNode otherOptions = clientOptions(OTHER_APPROVER, review.getId());
		assertThat(otherOptions.findValuesAsText("value")).as("another approver is offered what they may see")
			.doesNotContain(allowed.toString(), hidden.toString());
	}

	@Test
	void shouldProposeTheMostSimilarOpenClientToTheCompanyAsTyped() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID acme = client("ACME Industries SA " + tag, null);
		Task review = register("Acme Industries " + tag);
		assertThat(proposedClientId(review)).isEqualTo(acme.toString());

		UUID furniture = client("Bowman Furniture Ltd " + tag, null);
		Task typo = register("Bowmann Furnitures " + tag);
		assertThat(proposedClientId(typo)).isEqualTo(furniture.toString());

		Task nothing = register("Quite Another Trade " + tag);
		assertThat(proposedClientId(nothing)).isNull();
		assertThat(this.runtime.getVariables(nothing.getProcessInstanceId())).as("the instance carries none of it")
			.isEmpty();
	}

	/** The client the form starts with, as Tasklist reads it. */
	private String proposedClientId(Task review) throws Exception {
		Tasklist tasklist = Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		Http.Response form = tasklist.http()
			.get(Tasklist.API + "/task/" + review.getId() + "/form-variables?deserializeValues=false");
		assertThat(form.status()).as(form.body()).isEqualTo(200);
		JsonNode clientId = form.json().get("clientId");
		return clientId.get("value").isNull() ? null : clientId.get("value").asText();
	}

	private JsonNode clientOptions(String user, String taskId) throws Exception {
		Tasklist tasklist = Tasklist.signIn(this.port, user, TestStaff.PASSWORD);
		Http.Response form = tasklist.http()
			.get(Tasklist.API + "/task/" + taskId + "/form-variables?deserializeValues=false");
		assertThat(form.status()).as(form.body()).isEqualTo(200);
		JsonNode variable = form.json().get("clientOptions");
		assertThat(variable.get("type").asText()).isEqualTo("Json");
		return new ObjectMapper().readTree(variable.get("value").asText());
	}

	private Task register(String company) {
		String email = "choices-" + UUID.randomUUID() + "@example.com";
		Http.Response sent = new Http(this.port).postJson("/api/registrations",
				Map.of("firstName", "Lisa", "lastName", "Bowman", "email", email, "mobile", "+33 6 00 00 00 00",
						"company", company, "requestedRole", "REQUESTER"));
		assertThat(sent.status()).isEqualTo(202);
		String accessId = this.jdbc.queryForObject("select id from portal_access where email_key = ?", String.class,
				email);
		return this.tasks.createTaskQuery().processInstanceBusinessKey(accessId).singleResult();
	}

	private UUID client(String name, String allowedUser) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into client (id, name, name_key, language, created_at, version, restricted) values (?, ?, ?, 'en', ?, 0, ?)",
				id, name, name.toLowerCase(), Timestamp.from(Instant.now()), allowedUser != null);
		if (allowedUser != null) {
			this.jdbc.update("insert into client_allowed_user (client_id, user_id) values (?, ?)", id, allowedUser);
		}
		return id;
	}

	/** 10,000 clients, once for the suite's database (their names are unique per run). */
	private void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			String name = String.format("Bulk client %05d %s", i, run);
			rows.add(new Object[] { UUID.randomUUID(), name, name.toLowerCase(), now });
		}
		this.jdbc.batchUpdate(
				"insert into client (id, name, name_key, language, created_at, version) values (?, ?, ?, 'en', ?, 0)",
				rows);
	}

}
