package io.guichet.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Uploads CSV files over the API and waits for the background work, as a CRM would. */
final class ImportFixture {

	static final String VIEWER = "test-viewer";

	static final String HEADER = "client,first_name,last_name,email,phone,mobile,job_title,language,role,invite";

	private final Http staff;

	ImportFixture(Http staff) {
		this.staff = staff;
	}

	Http staff() {
		return this.staff;
	}

	static void viewer(IdentityService identity, String password) {
		if (identity.createUserQuery().userId(VIEWER).count() == 0) {
			User user = identity.newUser(VIEWER);
			user.setPassword(password);
			identity.saveUser(user);
			identity.createMembership(VIEWER, "guichet-viewer");
		}
	}

	/** A new client; returns its id. */
	String client(String name) {
		return this.staff.postJson("/api/clients", Map.of("name", name, "language", "en")).json().get("id").asText();
	}

	Http.Response upload(String csv, boolean createClients) {
		return upload(csv.getBytes(StandardCharsets.UTF_8), createClients);
	}

	Http.Response upload(byte[] csv, boolean createClients) {
		return this.staff.postMultipart("/api/imports", Map.of("createClients", Boolean.toString(createClients)),
				"file", "contacts.csv", csv);
	}

	/** Uploads and waits for the dry run's report. */
	JsonNode analysed(String csv, boolean createClients) {
		Http.Response response = upload(csv, createClients);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return awaitState(response.json().get("id").asText(), "ANALYSED");
	}

	/** Starts the real run and waits until it is done. */
	JsonNode run(String id) {
		start(id);
		return awaitState(id, "DONE");
	}

	void start(String id) {
		Http.Response started = this.staff.postJson("/api/imports/" + id + "/run", "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
	}

	JsonNode awaitState(String id, String state) {
		return awaitState(id, state, Duration.ofSeconds(30));
	}

	JsonNode awaitState(String id, String state, Duration atMost) {
		await().atMost(atMost)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> state.equals(this.staff.get("/api/imports/" + id).json().get("state").asText()));
		return this.staff.get("/api/imports/" + id).json();
	}

	/** Every line of the report, by row number. */
	Map<Integer, JsonNode> lines(String id) {
		Map<Integer, JsonNode> lines = new java.util.TreeMap<>();
		this.staff.get("/api/imports/" + id + "/lines?size=500")
			.json()
			.get("items")
			.forEach((line) -> lines.put(line.get("row").asInt(), line));
		return lines;
	}

	JsonNode contact(String email) {
		Http.Response response = this.staff.get("/api/contacts?email=" + email);
		assertThat(response.status()).as(email).isEqualTo(200);
		return response.json();
	}

	List<String> history(String contactId) {
		List<String> actions = new ArrayList<>();
		this.staff.get("/api/contacts/" + contactId + "/history?size=200")
			.json()
			.get("items")
			.forEach((entry) -> actions.add(entry.get("action").asText()));
		return actions;
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static String email(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@import.example";
	}

}
