package io.guichet.console;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.Activation;
import io.guichet.common.Dates;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestMail;
import io.guichet.support.TestStaff;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people read, in French and English: labels instead of codes, names instead of ids,
 * dates in their language without a zone name, plural forms, and the product's and
 * sender's names (guichet.branding.*) in a contact's e-mail and portal pages.
 */
@GuichetTest
class ReadableTextsTests {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final String PASSWORD = "readable-texts-password-1";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Activation activation;

	@Autowired
	Dates dates;

	Http staff;

	ActiveContacts contacts;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.contacts = new ActiveContacts(this.staff, this.runtime, this.management, this.activation);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void shouldShowLabelsNamesAndDatesOnAContactsPages(String language) {
		boolean french = language.equals("fr");
		String clientName = "Readable " + Long.toString(System.nanoTime(), 36);
		String clientId = this.staff.postJson("/api/clients", Map.of("name", clientName, "language", "en"))
			.json()
			.get("id")
			.asText();
		Person person = this.contacts.activate(clientId, "MANAGER", PASSWORD, Map.of());
		ConsoleSession console = ConsoleSession.signIn(this.port, TestStaff.STAFF, language);

		String access = console.get("/console/contacts/" + person.id() + "?tab=access").body();
		assertThat(access).contains("data-state=\"ACTIVE\">" + (french ? "Actif" : "Active") + "</td>")
			.doesNotContain(">ACTIVE<")
			.doesNotContain("UTC");
		Instant activatedAt = Instant.parse(contact(person).get("access").get("activatedAt").asText());
		assertThat(access).contains(this.dates.format(activatedAt, Locale.forLanguageTag(language)));

		String history = table(console.get("/console/contacts/" + person.id() + "?tab=history").body(), "history");
		assertThat(history).as("no id").doesNotContainPattern(ID);
		assertThat(history).doesNotContain("client=", "role=", "INVITATION_SENT", "invitation #", "MANAGER", "UTC");
		if (french) {
			assertThat(history).contains("Client : " + clientName, "Rôle : Gestionnaire", "Invitation envoyée",
					"invitation n° 1", "Accès activé");
		}
		else {
			assertThat(history).contains("Client: " + clientName, "Role: Manager", "Invitation sent",
					"invitation no. 1", "Access activated");
		}

		String clients = console.get("/console/clients?q=" + clientName.replace(" ", "%20")).body();
		assertThat(table(clients, "clients")).contains("English").doesNotContain(">en<");
		String general = console.get("/console/clients/" + clientId).body();
		Instant createdAt = Instant.parse(this.staff.get("/api/clients/" + clientId).json().get("createdAt").asText());
		assertThat(general).contains(this.dates.format(createdAt, Locale.forLanguageTag(language)))
			.doesNotContain("Etc/UTC")
			.doesNotContain("(UTC)");
	}

	@Test
	void shouldWritePluralFormsForOneAndForSeveral() {
		String clientId = this.contacts.client("Plural ", "en");
		card(clientId);
		assertThat(refusal(clientId, "en")).contains("still has 1 contact: move or delete it before");
		assertThat(refusal(clientId, "fr")).contains("a encore 1 contact : déplacez-le ou supprimez-le avant");
		card(clientId);
		assertThat(refusal(clientId, "en")).contains("still has 2 contacts: move or delete them before");
		assertThat(refusal(clientId, "fr")).contains("a encore 2 contacts : déplacez-les ou supprimez-les avant");
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void shouldBrandAContactsMailsAndPortalPages(String language) throws Exception {
		String clientId = this.contacts.client("Branded ", language);
		Person person = this.contacts.activate(clientId, "REQUESTER", PASSWORD, Map.of());

		MimeMessage invitation = TestMail.awaitMails(person.email(), 1).get(0);
		InternetAddress from = (InternetAddress) invitation.getFrom()[0];
		assertThat(from.getPersonal()).isEqualTo(GuichetTest.SENDER_NAME);
		assertThat(from.getAddress()).isEqualTo("no-reply@guichet.local");
		assertThat(TestMail.body(invitation)).contains(language.equals("fr")
				? "L&#39;équipe " + GuichetTest.PRODUCT_NAME : "The " + GuichetTest.PRODUCT_NAME + " team")
			.doesNotContain("Guichet");

		Http portal = ActiveContacts.session(this.port, person, PASSWORD);
		String page = portal.get("/portal?lang=" + language).body();
		assertThat(page)
			.contains("<title>" + (language.equals("fr") ? "Mon accès" : "My access") + " — " + GuichetTest.PRODUCT_NAME
					+ "</title>")
			.contains("class=\"brand\">" + GuichetTest.PRODUCT_NAME + "<")
			.doesNotContain("Guichet")
			.doesNotContain("UTC");
		assertThat(new Http(this.port).language(language).get("/portal/login").body())
			.contains("— " + GuichetTest.PRODUCT_NAME + "</title>");
	}

	private JsonNode contact(Person person) {
		return this.staff.get("/api/contacts/" + person.id()).json();
	}

	private void card(String clientId) {
		Map<String, Object> card = Map.of("clientId", clientId, "firstName", "Pia", "lastName", "Plural", "email",
				"plural-" + UUID.randomUUID() + "@example.com", "mobile", "+33 6 11 22 33 44", "role", "REQUESTER",
				"invite", false);
		assertThat(this.staff.postJson("/api/contacts", card).status()).isEqualTo(201);
	}

	private String refusal(String clientId, String language) {
		Http.Response refused = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.language(language)
			.send("DELETE", "/api/clients/" + clientId, "");
		assertThat(refused.status()).isEqualTo(409);
		return refused.body();
	}

	private static String table(String page, String id) {
		Matcher table = Pattern.compile("<table id=\"" + id + "\".*?</table>", Pattern.DOTALL).matcher(page);
		assertThat(table.find()).as("table %s in %s", id, page).isTrue();
		return table.group();
	}

}
