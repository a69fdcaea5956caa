package io.guichet.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.Activation;
import io.guichet.access.process.OnboardingProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts with an active portal access, made the way staff make them: created and
 * invited over the API, the invitation job run, the link from the e-mail followed.
 */
public final class ActiveContacts {

	private final Http staff;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final Activation activation;

	public ActiveContacts(Http staff, RuntimeService runtime, ManagementService management, Activation activation) {
		this.staff = staff;
		this.runtime = runtime;
		this.management = management;
		this.activation = activation;
	}

	/** A new client company; returns its id. */
	public String client(String prefix, String language) {
		return this.staff.postJson("/api/clients", Map.of("name", prefix + UUID.randomUUID(), "language", language))
			.json()
			.get("id")
			.asText();
	}

	/** An invited and activated contact of this client, with this role and password. */
	public Person activate(String clientId, String role, String password, Map<String, Object> extra) {
		String email = "contact-" + UUID.randomUUID() + "@example.com";
		Map<String, Object> card = new HashMap<>(Map.of("clientId", clientId, "firstName", "Paula", "lastName",
				"Portal", "email", email, "mobile", "+33 6 98 76 54 32", "role", role, "invite", true));
		card.putAll(extra);
		JsonNode created = this.staff.postJson("/api/contacts", card).json();
		String accessId = created.get("accessId").asText();
		Jobs.runDue(this.management,
				this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(OnboardingProcess.KEY)
					.processInstanceBusinessKey(accessId)
					.singleResult()
					.getId());
		String token = TestMail.activationToken(TestMail.awaitMails(email, 1).get(0));
		assertThat(this.activation.activate(token, password, password)).isEqualTo(Activation.LinkStatus.ACTIVATED);
		return new Person(created.get("id").asText(), accessId, email);
	}

	/** A portal session of this contact, with the CSRF header its JSON calls need. */
	public static Http signIn(int port, Person person, String password) {
		Http browser = session(port, person, password);
		return browser.header("X-CSRF-TOKEN", browser.get("/portal").csrf());
	}

	/** A portal session of this contact, without any CSRF token. */
	public static Http session(int port, Person person, String password) {
		Http browser = new Http(port);
		Http.Response login = browser.get("/portal/login");
		Http.Response signedIn = browser.postForm("/portal/login",
				Map.of("_csrf", login.csrf(), "email", person.email(), "password", password));
		assertThat(signedIn.header("Location")).endsWith("/portal");
		return browser;
	}

	public record Person(String id, String accessId, String email) {
	}

}
