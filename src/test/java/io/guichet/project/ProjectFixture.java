package io.guichet.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients, contacts and projects made through the API, as test-staff. */
public final class ProjectFixture {

	private final Http staff;

	public ProjectFixture(Http staff) {
		this.staff = staff;
	}

	public String client(String name) {
		Http.Response response = this.staff.postJson("/api/clients", Map.of("name", name + " " + UUID.randomUUID()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}

	/** A client that only these staff users (and admins) may see. */
	public String restrictedClient(String name, String... allowedUsers) {
		Http.Response response = this.staff.postJson("/api/clients",
				Map.of("name", name + " " + UUID.randomUUID(), "allowedUsers", List.of(allowedUsers)));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}

	public String contact(String clientId, String lastName) {
		return contact(clientId, lastName, Map.of());
	}

	/** A contact with these fields besides the usual ones (privacy, language, email…). */
	public String contact(String clientId, String lastName, Map<String, Object> fields) {
		Map<String, Object> contact = new HashMap<>();
		contact.put("clientId", clientId);
		contact.put("firstName", "Pat");
		contact.put("lastName", lastName);
		contact.put("email", "project-" + UUID.randomUUID() + "@example.com");
		contact.put("phone", "+33 1 40 00 00 00");
		contact.put("role", "REQUESTER");
		contact.put("invite", false);
		contact.putAll(fields);
		Http.Response response = this.staff.postJson("/api/contacts", contact);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}

	/** A valid project body: {@code primaryClientId} primary, the others secondary. */
	public static Map<String, Object> project(String name, String primaryClientId, String... otherClientIds) {
		List<Map<String, Object>> clients = new ArrayList<>();
		clients.add(Map.of("clientId", primaryClientId, "primary", true));
		for (String other : otherClientIds) {
			clients.add(Map.of("clientId", other, "primary", false));
		}
		Map<String, Object> project = new HashMap<>();
		project.put("name", name);
		project.put("clients", clients);
		project.put("submissionEndDate", "2026-01-15");
		project.put("startDate", "2026-02-01");
		project.put("endDate", "2026-06-30");
		project.put("estimatedBudget", 12500.50);
		return project;
	}

	public String create(Map<String, Object> project) {
		Http.Response response = this.staff.postJson("/api/projects", project);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}

	public JsonNode get(String projectId) {
		Http.Response response = this.staff.get("/api/projects/" + projectId);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	public void assign(String projectId, Map<String, Object> assignment) {
		Http.Response response = this.staff.postJson("/api/projects/" + projectId + "/contacts", assignment);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	public void close(String projectId) {
		Http.Response response = this.staff.postJson("/api/projects/" + projectId + "/closure", "");
		assertThat(response.status()).as(response.body()).isEqualTo(204);
	}

	/** The project's member with this contact id, or null. */
	public static JsonNode member(JsonNode project, String contactId) {
		for (JsonNode member : project.get("contacts")) {
			if (member.get("contactId").asText().equals(contactId)) {
				return member;
			}
		}
		return null;
	}

	static void assertProblem(Http.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).contains("application/problem+json");
		JsonNode errors = response.json().get("errors");
		assertThat(errors).as(response.body()).isNotNull();
		assertThat(errors.findValuesAsText("field")).as(response.body()).contains(field);
		errors.forEach((error) -> assertThat(error.get("message").asText()).isNotBlank());
	}

	static void assertConflict(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(409);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(response.json().get("detail").asText()).isNotBlank();
	}

}
