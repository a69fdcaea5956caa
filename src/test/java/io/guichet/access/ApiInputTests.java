package io.guichet.access;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.common.Actor;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of SPEC §2 and §7 broken once: 400 problem+json naming the field, nothing
 * written, no process started.
 */
@GuichetTest
class ApiInputTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ContactQueries queries;

	Http staff;

	String clientId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		this.clientId = this.staff.postJson("/api/clients", Map.of("name", "Input " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
	}

	static java.util.stream.Stream<Arguments> badContacts() {
		return java.util.stream.Stream.of(bad("clientId", (c) -> c.remove("clientId")),
				bad("clientId", (c) -> c.put("clientId", UUID.randomUUID().toString())),
				bad("clientId", (c) -> c.put("clientId", "not-a-uuid")),
				bad("firstName", (c) -> c.put("firstName", " ")), bad("lastName", (c) -> c.remove("lastName")),
				bad("firstName", (c) -> c.put("firstName", "x".repeat(101))),
				bad("lastName", (c) -> c.put("lastName", "Evil\r\nBcc: victim@example.com")),
				bad("email", (c) -> c.remove("email")), bad("email", (c) -> c.put("email", "not-an-email")),
				bad("email", (c) -> c.put("email", "a@b")), bad("phone", (c) -> {
					c.remove("phone");
					c.remove("mobile");
					c.remove("otherChannel");
				}), bad("phone", (c) -> c.put("phone", "call me")), bad("mobile", (c) -> c.put("mobile", "<script>")),
				bad("role", (c) -> c.put("role", "BOSS")), bad("role", (c) -> c.remove("role")),
				bad("language", (c) -> c.put("language", "de")), bad("invite", (c) -> c.put("invite", "perhaps")));
	}

	@ParameterizedTest(name = "{0} broken: {index}")
	@MethodSource("badContacts")
	void shouldRefuseABadContactNamingTheFieldAndWriteNothing(String field, Consumer<Map<String, Object>> breakIt) {
		Map<String, Object> contact = validContact();
		breakIt.accept(contact);
		long instances = onboardingInstances();
		Http.Response response = this.staff.postJson("/api/contacts", contact);
		assertProblem(response, field);
		Object email = contact.get("email");
		if (email instanceof String address && address.contains("@")) {
			assertThat(this.queries.findByEmail(address, Actor.SYSTEM)).isEmpty();
		}
		assertThat(onboardingInstances()).isEqualTo(instances);
	}

	@Test
	void shouldRefuseAnEmailAlreadyUsedByAContactWithPortalAccess() {
		Map<String, Object> first = validContact();
		assertThat(this.staff.postJson("/api/contacts", first).status()).isEqualTo(201);
		long instances = onboardingInstances();
		Map<String, Object> second = validContact();
		second.put("email", ((String) first.get("email")).toUpperCase());
		assertProblem(this.staff.postJson("/api/contacts", second), "email");
		assertThat(onboardingInstances()).isEqualTo(instances);
		// a contact card without invitation may share it
		second.put("invite", false);
		Http.Response card = this.staff.postJson("/api/contacts", second);
		assertThat(card.status()).isEqualTo(201);
		assertThat(card.json().get("accessId").isNull()).isTrue();
	}

	@Test
	void shouldAnswerInFrenchWhenAskedTo() {
		Map<String, Object> contact = validContact();
		contact.remove("phone");
		Http.Response response = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD)
			.language("fr")
			.postJson("/api/contacts", contact);
		assertProblem(response, "phone");
		assertThat(response.body()).contains("Indiquez au moins un téléphone");
	}

	@Test
	void shouldRefuseMalformedJson() {
		assertProblem(this.staff.postJson("/api/contacts", "{\"firstName\": "), "body");
	}

	static java.util.stream.Stream<Arguments> badRegistrations() {
		return java.util.stream.Stream.of(bad("company", (r) -> r.remove("company")),
				bad("email", (r) -> r.put("email", "nobody")), bad("requestedRole", (r) -> r.put("requestedRole", "")),
				bad("phone", (r) -> r.remove("mobile")), bad("firstName", (r) -> r.put("firstName", null)),
				bad("language", (r) -> r.put("language", "xx")));
	}

	@ParameterizedTest(name = "{0} broken: {index}")
	@MethodSource("badRegistrations")
	void shouldRefuseABadSelfRegistrationAndWriteNothing(String field, Consumer<Map<String, Object>> breakIt) {
		String email = "reg-" + UUID.randomUUID() + "@example.com";
		Map<String, Object> registration = new HashMap<>(Map.of("firstName", "Reg", "lastName", "Istration", "email",
				email, "mobile", "+33 6 11 22 33 44", "company", "Somewhere", "requestedRole", "REQUESTER"));
		breakIt.accept(registration);
		long instances = onboardingInstances();
		assertProblem(new Http(this.port).postJson("/api/registrations", registration), field);
		assertThat(this.queries.findByEmail(email, Actor.SYSTEM)).isEmpty();
		assertThat(onboardingInstances()).isEqualTo(instances);
	}

	@Test
	void shouldRefuseBadClientsAndDuplicateNames() {
		assertProblem(this.staff.postJson("/api/clients", Map.of("alias", "no name")), "name");
		assertProblem(this.staff.postJson("/api/clients", Map.of("name", "Site", "website", "javascript:alert(1)")),
				"website");
		String name = "Unique " + UUID.randomUUID();
		assertThat(this.staff.postJson("/api/clients", Map.of("name", name)).status()).isEqualTo(201);
		Http.Response duplicate = this.staff.postJson("/api/clients", Map.of("name", "  " + name.toUpperCase() + " "));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.contentType()).contains("application/problem+json");
		assertThat(this.staff.get("/api/clients?q=" + name.substring(7, 20)).json()).hasSize(1);
	}

	@Test
	void shouldKeepStaffApisForStaff() {
		assertThat(new Http(this.port).get("/api/clients").status()).isEqualTo(401);
		assertThat(new Http(this.port).as("nobody-" + UUID.randomUUID(), "wrong").get("/api/clients").status())
			.isEqualTo(401);
		assertThat(new Http(this.port).as(TestStaff.OUTSIDER, TestStaff.PASSWORD).get("/api/clients").status())
			.isEqualTo(403);
		assertThat(new Http(this.port).get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(new Http(this.port).get("/dev/mail").status()).isEqualTo(401);
	}

	private static Arguments bad(String field, Consumer<Map<String, Object>> breakIt) {
		return Arguments.of(field, breakIt);
	}

	private Map<String, Object> validContact() {
		Map<String, Object> contact = new HashMap<>();
		contact.put("clientId", this.clientId);
		contact.put("firstName", "Valid");
		contact.put("lastName", "Contact");
		contact.put("email", "valid-" + UUID.randomUUID() + "@example.com");
		contact.put("phone", "+33 1 40 00 00 00");
		contact.put("role", "REQUESTER");
		contact.put("language", "fr");
		contact.put("invite", true);
		return contact;
	}

	private long onboardingInstances() {
		return this.runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY).count();
	}

	private static void assertProblem(Http.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).contains("application/problem+json");
		JsonNode errors = response.json().get("errors");
		assertThat(errors).as(response.body()).isNotNull();
		assertThat(errors.findValuesAsText("field")).as(response.body()).contains(field);
		errors.forEach((error) -> assertThat(error.get("message").asText()).isNotBlank());
	}

}
