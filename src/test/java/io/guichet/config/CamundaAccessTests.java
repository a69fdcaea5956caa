package io.guichet.config;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda authorization is on: approvers get Tasklist and their filter, not Cockpit or
 * Admin.
 */
@GuichetTest
class CamundaAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
	}

	@Test
	void shouldGiveApproversTasklistButNotCockpitOrAdmin() {
		assertThat(allowed(TestStaff.APPROVER, "approvers", "tasklist")).isTrue();
		assertThat(allowed(TestStaff.APPROVER, "approvers", "cockpit")).isFalse();
		assertThat(allowed(TestStaff.APPROVER, "approvers", "admin")).isFalse();
		assertThat(allowed("someone", "camunda-admin", "cockpit")).isTrue();
		assertThat(allowed("someone", "camunda-admin", "admin")).isTrue();
	}

	@Test
	void shouldShowApproversTheirFilterOverTheEngineRestApi() {
		JsonNode filters = new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD)
			.get("/engine-rest/filter?resourceType=Task")
			.json();
		assertThat(filters.findValuesAsText("name")).contains("Registrations to review");
	}

	@Test
	void shouldRefuseTheEngineRestApiWithoutCredentialsOrWithWrongOnes() {
		assertThat(new Http(this.port).get("/engine-rest/process-definition").status()).isEqualTo(401);
		assertThat(new Http(this.port).as("nobody-" + UUID.randomUUID(), "x")
			.get("/engine-rest/process-definition")
			.status()).isEqualTo(401);
		JsonNode visible = new Http(this.port).as(TestStaff.OUTSIDER, TestStaff.PASSWORD)
			.get("/engine-rest/process-definition")
			.json();
		assertThat(visible).as("a user without groups sees no process").isEmpty();
	}

	@Test
	void shouldNeverAskForBasicAuthenticationOnCamundaLoginPages() {
		// a WWW-Authenticate answer makes the browser cover Camunda's own login with a
		// prompt
		Http.Response welcome = new Http(this.port).get("/camunda-welcome");
		assertThat(welcome.header("WWW-Authenticate")).isNull();
		Http.Response tasklist = new Http(this.port).get("/camunda/app/tasklist/default/");
		assertThat(tasklist.status()).isEqualTo(200);
		assertThat(tasklist.header("WWW-Authenticate")).isNull();
	}

	@Test
	void shouldServeTheApiDocumentation() {
		Http.Response docs = new Http(this.port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().at("/info/title").asText()).isEqualTo("Guichet API");
		assertThat(docs.json().get("paths").has("/api/contacts/{id}/invitations")).isTrue();
		assertThat(new Http(this.port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	private boolean allowed(String user, String group, String application) {
		return this.authorizations.isUserAuthorized(user, java.util.List.of(group), Permissions.ACCESS,
				Resources.APPLICATION, application);
	}

}
