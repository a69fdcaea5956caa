package io.guichet.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guichet.support.Evidence;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Multipart;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input against every call of the REST API (staff, public and the managers' portal
 * API): each case breaks one thing of a valid call (a field, a path variable, a query
 * parameter or the whole body). Never a 5xx; every refusal is a problem+json, a 400 names
 * its fields; a refused call writes nothing; no injected header comes back.
 */
@GuichetTest
class BadInputTests {

	static final String REPORT = "bad-input";

	static final String ANSWERS = "bad-input-answers";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<Api> APIS = List.of(
			api("STAFF", "POST", "/api/clients",
					"{\"name\":\"Fuzz\",\"alias\":\"F\",\"language\":\"en\",\"website\":\"https://fuzz.example\","
							+ "\"accountManager\":\"test-approver\",\"phone\":\"+33 1 23 45 67 89\","
							+ "\"primaryAddress\":{\"street\":\"1 rue\",\"city\":\"Paris\",\"postalCode\":\"75001\"},"
							+ "\"allowedUsers\":[]}"),
			api("STAFF", "GET", "/api/clients?q=a&page=0&size=5", null),
			api("STAFF", "GET", "/api/clients/{client}", null),
			api("STAFF", "PUT", "/api/clients/{client}",
					"{\"name\":\"{clientName}\",\"language\":\"en\",\"accountManager\":\"test-approver\"}"),
			api("STAFF", "DELETE", "/api/clients/{client}", null),
			api("STAFF", "GET", "/api/clients/{client}/history?page=0&size=5", null),
			api("STAFF", "POST", "/api/clients/{client}/comments", "{\"text\":\"hello\"}"),
			api("ADMIN", "PUT", "/api/clients/{client}/inactivity-period", "{\"period\":\"P30D\"}"),
			api("STAFF", "POST", "/api/contacts",
					"{\"clientId\":\"{client}\",\"firstName\":\"Fuzz\",\"lastName\":\"Person\","
							+ "\"email\":\"fuzz@example.com\",\"phone\":\"+33 1 23 45 67 89\",\"mobile\":\"+33 6 12 34 56 78\","
							+ "\"otherChannel\":\"chat\",\"role\":\"REQUESTER\",\"language\":\"en\",\"invite\":false}"),
			api("STAFF", "GET", "/api/contacts?email={contactEmail}", null),
			api("STAFF", "GET", "/api/contacts?clientId={client}&q=a&page=0&size=5", null),
			api("STAFF", "GET", "/api/contacts/{contact}", null),
			api("STAFF", "PUT", "/api/contacts/{contact}",
					"{\"clientId\":\"{client}\",\"salutation\":\"Ms\",\"firstName\":\"Carla\",\"middleName\":\"M\","
							+ "\"lastName\":\"Card\",\"jobTitle\":\"Buyer\",\"department\":\"Sales\","
							+ "\"email\":\"{contactEmail}\",\"mobile\":\"+33 6 11 22 33 44\",\"language\":\"en\","
							+ "\"privacy\":\"VISIBLE_TO_ALL\",\"comments\":\"note\"}"),
			api("STAFF", "DELETE", "/api/contacts/{contact}", null),
			api("STAFF", "GET", "/api/contacts/{contact}/history?page=0&size=5", null),
			api("STAFF", "POST", "/api/contacts/{contact}/comments", "{\"text\":\"hello\"}"),
			api("STAFF", "POST", "/api/contacts/{contact}/invitations", null),
			api("STAFF", "POST", "/api/contacts/{member}/revocation", "{\"notify\":false}"),
			api("STAFF", "PUT", "/api/contacts/{member}/access",
					"{\"role\":\"REQUESTER\",\"permissions\":[],\"expiresOn\":null}"),
			api("STAFF", "POST", "/api/contacts/{member}/reminder", null),
			api("STAFF", "POST", "/api/contacts/{member}/password-reset", null),
			api("STAFF", "POST", "/api/contacts/{contact}/assignments/move", "{\"toContactId\":\"{member}\"}"),
			api("STAFF", "POST", "/api/projects",
					"{\"name\":\"Fuzz project\",\"clients\":[{\"clientId\":\"{client}\",\"primary\":true}],"
							+ "\"submissionEndDate\":\"2031-01-01\",\"startDate\":\"2031-02-01\",\"endDate\":\"2031-12-31\","
							+ "\"estimatedBudget\":1000.50,\"submissionContactId\":\"{member}\"}"),
			api("STAFF", "GET", "/api/projects?q=a&clientId={client}&page=0&size=5", null),
			api("STAFF", "GET", "/api/projects/{project}", null),
			api("STAFF", "PUT", "/api/projects/{project}",
					"{\"name\":\"Fuzz project\",\"clients\":[{\"clientId\":\"{client}\",\"primary\":true}],"
							+ "\"estimatedBudget\":10}"),
			api("STAFF", "POST", "/api/projects/{project}/closure", null),
			api("STAFF", "POST", "/api/projects/{project}/reopening", null),
			api("STAFF", "DELETE", "/api/projects/{project}", null),
			api("STAFF", "POST", "/api/projects/{project}/contacts",
					"{\"contactId\":\"{member}\",\"hourlyRate\":50,\"permissions\":[]}"),
			api("STAFF", "PUT", "/api/projects/{project}/contacts/{member}", "{\"hourlyRate\":60,\"permissions\":[]}"),
			api("STAFF", "DELETE", "/api/projects/{project}/contacts/{member}/permissions", null),
			api("STAFF", "POST", "/api/projects/{project}/contacts/{member}/permissions/clone",
					"{\"contactIds\":[\"{manager}\"]}"),
			api("STAFF", "DELETE", "/api/projects/{project}/contacts/{member}?notify=false", null),
			api("ANYONE", "POST", "/api/registrations",
					"{\"firstName\":\"Fuzz\",\"lastName\":\"Self\",\"email\":\"fuzz-self@example.com\","
							+ "\"mobile\":\"+33 6 12 34 56 78\",\"company\":\"{clientName}\","
							+ "\"requestedRole\":\"REQUESTER\",\"language\":\"fr\"}"),
			api("ANYONE", "POST", "/api/portal/authenticate",
					"{\"email\":\"{memberEmail}\",\"password\":\"wrong-password-1\"}"),
			api("STAFF", "POST", "/api/access/{access}/activity", null),
			api("STAFF", "GET", "/api/clients/{client}/documents", null),
			api("STAFF", "GET", "/api/clients/{client}/documents/{document}/content", null),
			api("STAFF", "DELETE", "/api/clients/{client}/documents/{document}", null),
			api("STAFF", "MULTIPART", "/api/clients/{client}/documents",
					"{\"title\":\"Contract\",\"reminderDate\":\"2031-01-01\",\"note\":\"n\",\"filename\":\"a.pdf\"}"),
			api("MANAGER", "GET", "/portal/api/team", null),
			api("MANAGER", "POST", "/portal/api/team",
					"{\"firstName\":\"Team\",\"lastName\":\"Mate\",\"email\":\"mate@example.com\","
							+ "\"mobile\":\"+33 6 12 34 56 78\",\"role\":\"REQUESTER\"}"),
			api("MANAGER", "PUT", "/portal/api/team/{member}/role", "{\"role\":\"REQUESTER\"}"),
			api("MANAGER", "POST", "/portal/api/team/{member}/revocation", "{\"notify\":false}"),
			api("MANAGER", "POST", "/portal/api/team/{member}/assignments/move", "{\"toContactId\":\"{manager}\"}"));

	@Property(tries = 100 * 47, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.RANDOM_SEED,
			edgeCases = EdgeCasesMode.NONE)
	void shouldNeverFailOnBadInputAndNameTheFieldItRefuses(@ForAll("calls") Call call) throws Exception {
		FuzzWorld world = FuzzWorld.get(BadInputTests.class);
		world.settle();
		Map<String, Long> before = world.rows();
		Http.Response response = send(world, call);
		Evidence.count(REPORT, call.api().method() + " " + call.api().path().replaceAll("\\?.*", ""));
		Evidence.count(ANSWERS, "REST API " + response.status());
		String what = call + " -> " + response.status() + " " + abbreviate(response.body());
		assertThat(response.status()).as(what).isLessThan(500);
		assertThat(response.raw().headers().map().keySet()).as(what)
			.noneMatch((name) -> name.equalsIgnoreCase(Nasty.INJECTED_HEADER) || name.equalsIgnoreCase("Bcc"));
		if (response.status() >= 400) {
			assertThat(response.contentType()).as(what).startsWith("application/problem+json");
			JsonNode problem = response.json();
			assertThat(problem.path("status").asInt()).as(what).isEqualTo(response.status());
			if (response.status() == 400) {
				assertThat(problem.path("errors")).as(what).isNotEmpty();
				problem.path("errors").forEach((error) -> {
					assertThat(error.path("field").asText()).as(what).isNotBlank();
					assertThat(error.path("message").asText()).as(what).isNotBlank();
				});
			}
			world.settle();
			assertThat(world.rows()).as("nothing written by " + what).isEqualTo(before);
		}
	}

	/**
	 * Each try breaks one thing of the next call in turn, so that every call gets the
	 * same number of cases.
	 */
	@Provide
	Arbitrary<Call> calls() {
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		return Arbitraries.create(() -> APIS.get(next.getAndIncrement() % APIS.size())).flatMap((api) -> {
			List<Arbitrary<Call>> choices = new ArrayList<>();
			for (String slot : api.slots()) {
				if (slot.startsWith("field:") && !api.method().equals("MULTIPART")) {
					choices.add(Nasty.json().map((value) -> new Call(api, slot, value)));
				}
				else {
					choices.add(Nasty.text().map((value) -> new Call(api, slot, value)));
				}
			}
			if (api.body() != null && !api.method().equals("MULTIPART")) {
				choices.add(Nasty.body().map((value) -> new Call(api, "body", value)));
			}
			return Arbitraries.oneOf(choices);
		});
	}

	@BeforeContainer
	static void startSpring() throws Exception {
		FuzzWorld.spring(BadInputTests.class).beforeTestClass();
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
		FuzzWorld.spring(BadInputTests.class).afterTestClass();
		Evidence.write(REPORT, "Bad input: cases tried per call (REST API, pages, task completion)");
		Evidence.write(ANSWERS, "Bad input: answers by status");
	}

	private static Http.Response send(FuzzWorld world, Call call) throws Exception {
		Http caller = switch (call.api().caller()) {
			case "ADMIN" -> world.admin;
			case "ANYONE" -> world.anyone;
			case "MANAGER" -> world.manager;
			default -> world.staff;
		};
		String path = world.fill(call.api().path());
		String body = (call.api().body() != null) ? world.fill(call.api().body()) : null;
		if (call.slot().startsWith("path:")) {
			String id = world.ids.get(call.slot().substring(5));
			path = path.replace(id, URLEncoder.encode(call.value(), StandardCharsets.UTF_8).replace("+", "%20"));
		}
		else if (call.slot().startsWith("query:")) {
			String name = call.slot().substring(6);
			path = path.replaceAll("([?&]" + name + "=)[^&]*",
					"$1" + URLEncoder.encode(call.value(), StandardCharsets.UTF_8).replace("$", "\\$"));
		}
		else if (call.slot().equals("body")) {
			body = call.value();
		}
		else if (call.slot().startsWith("field:") && !call.api().method().equals("MULTIPART")) {
			body = replaceField(body, call.slot().substring(6), call.value());
		}
		if (call.slot().equals("header:Accept-Language")) {
			// what an HTTP client lets through: no control characters in a header
			caller.language(call.value().replaceAll("[^\\x20-\\x7e]", ""));
		}
		try {
			if (call.api().method().equals("MULTIPART")) {
				return upload(world, path, JSON.readTree(body), call);
			}
			return switch (call.api().method()) {
				case "GET" -> caller.get(path);
				default -> caller.send(call.api().method(), path, (body != null) ? body : "");
			};
		}
		finally {
			caller.language("en");
		}
	}

	private static Http.Response upload(FuzzWorld world, String path, JsonNode fields, Call call) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.fields().forEachRemaining((field) -> values.put(field.getKey(), field.getValue().asText()));
		if (call.slot().startsWith("field:")) {
			values.put(call.slot().substring(6), call.value());
		}
		Multipart form = new Multipart();
		values.forEach((name, value) -> {
			if (!name.equals("filename")) {
				form.field(name, value);
			}
		});
		form.file("file", values.get("filename"), "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
		return world.staff.postMultipart(path, form);
	}

	/** The body with one field's value replaced by raw JSON (or added, if unknown). */
	static String replaceField(String body, String field, String rawJson) throws Exception {
		JsonNode tree = JSON.readTree(body);
		StringBuilder json = new StringBuilder("{");
		boolean found = false;
		var fields = tree.fields();
		while (fields.hasNext()) {
			var entry = fields.next();
			json.append((json.length() > 1) ? "," : "").append(JSON.writeValueAsString(entry.getKey())).append(':');
			if (entry.getKey().equals(field)) {
				json.append(rawJson);
				found = true;
			}
			else {
				json.append(JSON.writeValueAsString(entry.getValue()));
			}
		}
		if (!found) {
			json.append((json.length() > 1) ? "," : "")
				.append(JSON.writeValueAsString(field))
				.append(':')
				.append(rawJson);
		}
		return json.append('}').toString();
	}

	private static String abbreviate(String text) {
		return (text.length() > 600) ? text.substring(0, 600) + "…" : text;
	}

	private static Api api(String caller, String method, String path, String body) {
		return new Api(caller, method, path, body);
	}

	record Api(String caller, String method, String path, String body) {

		/** What one case may break: a field, a path variable or a query parameter. */
		List<String> slots() {
			List<String> slots = new ArrayList<>(List.of("header:Accept-Language"));
			var variables = java.util.regex.Pattern.compile("\\{(\\w+)\\}").matcher(this.path.replaceAll("\\?.*", ""));
			while (variables.find()) {
				slots.add("path:" + variables.group(1));
			}
			var query = java.util.regex.Pattern.compile("[?&](\\w+)=").matcher(this.path);
			while (query.find()) {
				slots.add("query:" + query.group(1));
			}
			if (this.body != null) {
				try {
					JSON.readTree(this.body.replaceAll("\\{(\\w+)\\}", "x")).fieldNames().forEachRemaining((name) -> {
						slots.add("field:" + name);
					});
				}
				catch (Exception ex) {
					throw new IllegalStateException(this.body, ex);
				}
				slots.add("field:unexpectedField");
			}
			return slots;
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	record Call(Api api, String slot, String value) {

		@Override
		public String toString() {
			String shown = (this.value.length() > 120)
					? this.value.substring(0, 120) + "…(" + this.value.length() + " chars)" : this.value;
			return this.api + " [" + this.slot + " = " + Nasty.quote(shown) + "]";
		}

	}

}
