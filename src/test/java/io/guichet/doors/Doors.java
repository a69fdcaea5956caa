package io.guichet.doors;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the rule × door tests share: the staff users (an admin, a staff user, an
 * approver), clients open to every staff user or restricted to someone else, and
 * registrations waiting for review.
 */
final class Doors {

	static final String ADMIN_PASSWORD = "Admin-password-1";

	/** The only staff user a hidden client is shown to (besides admins). */
	static final String OWNER = "door-owner";

	final int port;

	final Http admin;

	final Http staff;

	final Http approver;

	final Http anyone;

	Doors(int port) {
		this.port = port;
		this.admin = new Http(port).as("admin", ADMIN_PASSWORD);
		this.staff = new Http(port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.approver = new Http(port).as(TestStaff.APPROVER, TestStaff.PASSWORD);
		this.anyone = new Http(port);
	}

	/** A client every staff user sees: its id and name. */
	Client openClient() {
		return client(List.of());
	}

	/** A client restricted to {@link #OWNER}: hidden from the test's staff users. */
	Client hiddenClient() {
		return client(List.of(OWNER));
	}

	private Client client(List<String> allowedUsers) {
		String name = "Door " + UUID.randomUUID();
		Http.Response created = this.admin.postJson("/api/clients", Map.of("name", name, "language", "en",
				"accountManager", TestStaff.APPROVER, "allowedUsers", allowedUsers));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Client(created.json().get("id").asText(), name);
	}

	/** A contact card without portal access, made by an admin. */
	String card(Client client, String email) {
		Http.Response created = this.admin.postJson("/api/contacts",
				Map.of("clientId", client.id(), "firstName", "Carla", "lastName", "Card", "email", email, "mobile",
						"+33 6 11 22 33 44", "role", "REQUESTER", "invite", false));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	/** A contact invited by staff (its sponsor): contact id and access id. */
	Invited invited(Http sponsor, Client client) {
		String email = email();
		Http.Response created = sponsor.postJson("/api/contacts",
				Map.of("clientId", client.id(), "firstName", "Ines", "lastName", "Invited", "email", email, "mobile",
						"+33 6 11 22 33 44", "role", "REQUESTER", "invite", true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Invited(created.json().get("id").asText(), created.json().get("accessId").asText(), email);
	}

	/**
	 * A self-registration naming this company: the review task's id and the access id.
	 */
	Pending register(String company) {
		return register(email(), company);
	}

	Pending register(String email, String company) {
		Http.Response sent = this.anyone.postJson("/api/registrations",
				Map.of("firstName", "Rita", "lastName", "Request", "email", email, "mobile", "+33 6 00 00 00 00",
						"company", company, "requestedRole", "REQUESTER"));
		assertThat(sent.status()).isEqualTo(202);
		String accessId = this.admin.get("/api/contacts?email=" + email).json().at("/access/id").asText();
		JsonNode tasks = this.admin
			.get("/engine-rest/task?processInstanceBusinessKey=" + accessId + "&taskDefinitionKey="
					+ OnboardingProcess.TASK_REVIEW_REGISTRATION)
			.json();
		assertThat(tasks).hasSize(1);
		return new Pending(tasks.get(0).get("id").asText(), accessId, email);
	}

	/** The variables of a review completion: approve into this client. */
	static String approval(String clientId) {
		return "{\"decision\":{\"value\":\"APPROVE\"},\"role\":{\"value\":\"REQUESTER\"},\"clientId\":{\"value\":\""
				+ clientId + "\"}}";
	}

	/** The Tasklist start form's variables for a contact of the client named. */
	static String startForm(String clientName, String email) {
		return "{\"firstName\":{\"value\":\"Stan\"},\"lastName\":{\"value\":\"Start\"},\"email\":{\"value\":\"" + email
				+ "\"},\"clientName\":{\"value\":\"" + clientName
				+ "\"},\"role\":{\"value\":\"MANAGER\"},\"mobile\":{\"value\":\"+33 6 22 33 44 55\"}}";
	}

	static String email() {
		return "door-" + UUID.randomUUID() + "@example.com";
	}

	record Client(String id, String name) {
	}

	record Invited(String contactId, String accessId, String email) {
	}

	record Pending(String taskId, String accessId, String email) {
	}

}
