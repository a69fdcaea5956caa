package io.guichet.config;

import java.util.List;
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
	void shouldServeTheApiDocumentationToStaffOnly() {
		TestStaff.ensure(this.identity);
		Http staff = new Http(this.port).as(TestStaff.VIEWER, TestStaff.PASSWORD);
		Http.Response docs = staff.get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().at("/info/title").asText()).isEqualTo("Guichet API");
		assertThat(docs.json().get("paths").has("/api/contacts/{id}/invitations")).isTrue();
		assertThat(staff.get("/swagger-ui/index.html").status()).isEqualTo(200);

		// it lists every staff call: nothing for an anonymous visitor, nor a Camunda user
		// outside Guichet's groups
		for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html",
				"/swagger-ui.html")) {
			Http.Response anonymous = new Http(this.port).get(path);
			assertThat(anonymous.status()).as(path).isEqualTo(401);
			assertThat(anonymous.body()).as(path).doesNotContain("/api/contacts");
			assertThat(new Http(this.port).as(TestStaff.OUTSIDER, TestStaff.PASSWORD).get(path).status()).as(path)
				.isEqualTo(403);
		}
	}

	private boolean allowed(String user, String group, String application) {
		return this.authorizations.isUserAuthorized(user, java.util.List.of(group), Permissions.ACCESS,
				Resources.APPLICATION, application);
	}

}
