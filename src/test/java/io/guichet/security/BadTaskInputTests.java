package io.guichet.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.Evidence;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad variables for the completion of the review task, as Tasklist sends them over the
 * engine REST API ({@code POST /engine-rest/task/{id}/complete}, the approver's
 * credentials): each case breaks one variable (its value, its type), the whole body or
 * the task id. Never a 5xx; a refused completion leaves the task open and writes nothing.
 */
@GuichetTest
class BadTaskInputTests {

	private static final List<String> VARIABLES = List.of("decision", "role", "clientId", "rejectionReason",
			"expiresOn", "permissions", "unexpectedVariable");

	private static final List<String> TYPES = List.of("String", "Integer", "Long", "Double", "Boolean", "Date", "Json",
			"Xml", "Object", "Bytes", "File", "Null", "Short", "Nonsense");

	private String taskId;

	@Property(tries = 300, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.RANDOM_SEED,
			edgeCases = EdgeCasesMode.NONE)
	void shouldRefuseBadCompletionVariablesAndKeepTheTaskOpen(@ForAll("completions") Completion completion) {
		FuzzWorld world = FuzzWorld.get(BadTaskInputTests.class);
		if (this.taskId == null) {
			this.taskId = reviewTask(world);
		}
		world.settle();
		Map<String, Long> before = world.rows();
		String task = completion.variable().equals("taskId")
				? URLEncoder.encode(completion.json(), StandardCharsets.UTF_8).replace("+", "%20") : this.taskId;
		Http.Response response = world.approver.postJson("/engine-rest/task/" + task + "/complete",
				completion.body(world.ids.get("client")));
		Evidence.count(BadInputTests.REPORT, "POST /engine-rest/task/{id}/complete (" + completion.variable() + ")");
		Evidence.count(BadInputTests.ANSWERS, "task completion " + response.status());
		String what = completion + " -> " + response.status() + " " + response.body();
		assertThat(response.status()).as(what).isLessThan(500);
		if (response.status() >= 400) {
			// the engine's own error format: {type, message}
			assertThat(response.json().path("type").asText()).as(what).isNotBlank();
			assertThat(world.approver.get("/engine-rest/task/" + this.taskId).status()).as(what).isEqualTo(200);
			world.settle();
			assertThat(world.rows()).as("nothing written by " + what).isEqualTo(before);
		}
		else {
			// accepted (the broken variable was harmless): the next case needs a new task
			this.taskId = null;
		}
	}

	@Provide
	Arbitrary<Completion> completions() {
		Arbitrary<Completion> values = Combinators
			.combine(Arbitraries.of(VARIABLES), Nasty.json(), Arbitraries.of(TYPES).injectNull(0.5))
			.as((variable, value, type) -> new Completion(variable,
					"{\"value\":" + value + ((type != null) ? ",\"type\":\"" + type + "\"" : "") + "}"));
		Arbitrary<Completion> serialized = Arbitraries.of(VARIABLES)
			.map((variable) -> new Completion(variable,
					"{\"value\":\"rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAAeA==\","
							+ "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
							+ "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}"));
		Arbitrary<Completion> bodies = Nasty.body().map((body) -> new Completion("body", body));
		Arbitrary<Completion> tasks = Nasty.text().map((id) -> new Completion("taskId", id));
		return Arbitraries.frequencyOf(Tuple.of(8, values), Tuple.of(1, serialized), Tuple.of(1, bodies),
				Tuple.of(1, tasks));
	}

	@BeforeContainer
	static void startSpring() throws Exception {
		FuzzWorld.spring(BadTaskInputTests.class).beforeTestClass();
	}

	@BeforeProperty
	void beforeProperty() throws Exception {
		FuzzWorld.beforeProperty(this);
	}

	@AfterProperty
	void afterProperty() throws Exception {
		FuzzWorld.afterProperty(this);
	}

	@AfterContainer
	static void report() throws Exception {
		FuzzWorld.spring(BadTaskInputTests.class).afterTestClass();
		Evidence.write(BadInputTests.REPORT, "Bad input: cases tried per call (REST API, pages, task completion)");
		Evidence.write(BadInputTests.ANSWERS, "Bad input: answers by status");
	}

	/** A new self-registration's review task. */
	private static String reviewTask(FuzzWorld world) {
		String email = "task-" + UUID.randomUUID() + "@example.com";
		assertThat(
				world.anyone.postJson("/api/registrations",
						Map.of("firstName", "Tessa", "lastName", "Task", "email", email, "mobile", "+33 6 00 00 00 00",
								"company", world.ids.get("clientName"), "requestedRole", "REQUESTER"))
					.status())
			.isEqualTo(202);
		String accessId = world.staff.get("/api/contacts?email=" + email).json().at("/access/id").asText();
		JsonNode tasks = world.approver
			.get("/engine-rest/task?processInstanceBusinessKey=" + accessId + "&taskDefinitionKey="
					+ OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.json();
		assertThat(tasks).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	record Completion(String variable, String json) {

		/** A valid approval with this variable broken (or the whole body replaced). */
		String body(String clientId) {
			if (this.variable.equals("body")) {
				return this.json;
			}
			StringBuilder body = new StringBuilder("{\"variables\":{");
			Map<String, String> valid = Map.of("decision", "\"APPROVE\"", "role", "\"REQUESTER\"", "clientId",
					"\"" + clientId + "\"", "rejectionReason", "\"\"", "expiresOn", "\"\"");
			boolean first = true;
			for (String name : VARIABLES) {
				String value = name.equals(this.variable) ? this.json
						: valid.containsKey(name) ? "{\"value\":" + valid.get(name) + "}" : null;
				if (value != null) {
					body.append(first ? "" : ",").append('"').append(name).append("\":").append(value);
					first = false;
				}
			}
			return body.append("}}").toString();
		}

		@Override
		public String toString() {
			String shown = (this.json.length() > 200) ? this.json.substring(0, 200) + "…(" + this.json.length() + ")"
					: this.json;
			return "complete [" + this.variable + " = " + shown + "]";
		}

	}

}
