package io.guichet.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.Activation;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: viewer, staff, the sponsor, admin, a contact of each role, a manager
 * of the company and one of another company, and nobody. Each row is one call and the
 * statuses it may answer; every mismatch is reported at once.
 */
@GuichetTest
class AuthorizationMatrixTests {

	private static final String PASSWORD = "matrix-password-1";

	private static final String VIEWER = "test-viewer";

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

	Http staff;

	@Test
	void shouldAnswerEveryCallerAsItsRightsSay() {
		TestStaff.ensure(this.identity);
		viewerUser();
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		Map<String, Http> who = new java.util.LinkedHashMap<>();
		who.put("nobody", new Http(this.port));
		who.put("viewer", new Http(this.port).as(VIEWER, TestStaff.PASSWORD));
		who.put("staff", new Http(this.port).as(TestStaff.APPROVER, TestStaff.PASSWORD));
		who.put("sponsor", this.staff);
		who.put("admin", new Http(this.port).as("admin", "Admin-password-1"));

		ActiveContacts contacts = new ActiveContacts(this.staff, this.runtime, this.management, this.activation);
		String company = contacts.client("Matrix ", "en");
		String otherCompany = contacts.client("Matrix ", "en");
		Person requester = contacts.activate(company, "REQUESTER", PASSWORD, Map.of());
		Person observer = contacts.activate(company, "OBSERVER", PASSWORD, Map.of());
		Person manager = contacts.activate(company, "MANAGER", PASSWORD, Map.of());
		Person otherManager = contacts.activate(otherCompany, "MANAGER", PASSWORD, Map.of());
		Person target = contacts.activate(company, "REQUESTER", PASSWORD, Map.of());
		who.put("requester", ActiveContacts.signIn(this.port, requester, PASSWORD));
		who.put("observer", ActiveContacts.signIn(this.port, observer, PASSWORD));
		who.put("manager", ActiveContacts.signIn(this.port, manager, PASSWORD));
		who.put("otherManager", ActiveContacts.signIn(this.port, otherManager, PASSWORD));

		String client = "/api/clients/" + company;
		String contact = "/api/contacts/" + target.id();
		Map<String, Object> rights = Map.of("role", "REQUESTER");
		List<Row> rows = List.of(
				row("GET", "/api/clients", null,
						"nobody=401 viewer=200 staff=200 sponsor=200 admin=200 requester=401 manager=401"),
				row("POST", "/api/clients", Map.of("name", "M " + UUID.randomUUID()),
						"nobody=401 viewer=403 staff=201 requester=401 manager=401"),
				row("POST", "/api/clients", Map.of("name", "M " + UUID.randomUUID()), "admin=201"),
				row("GET", client, null, "nobody=401 viewer=200 staff=200 admin=200 manager=401"),
				row("GET", client + "/history", null, "viewer=200 staff=200 requester=401"),
				row("PUT", client + "/inactivity-period", Map.of("period", "P30D"),
						"viewer=403 staff=403 sponsor=403 admin=204"),
				row("DELETE", client, null, "viewer=403 staff=409 admin=409 manager=401"),
				row("GET", contact, null, "nobody=401 viewer=200 staff=200 admin=200 requester=401 manager=401"),
				row("GET", "/api/contacts?clientId=" + company, null, "viewer=200 staff=200 otherManager=401"),
				row("GET", contact + "/history", null, "viewer=200 staff=200"),
				row("PUT", contact + "/access", rights, "viewer=403 staff=403 sponsor=204 admin=204 manager=401"),
				row("POST", contact + "/comments", Map.of("text", "hello"), "viewer=403 staff=201 requester=401"),
				row("POST", contact + "/reminder", "{}", "viewer=403 staff=403 sponsor=202 admin=202 nobody=401"),
				row("POST", "/api/access/" + target.accessId() + "/activity", "{}",
						"nobody=401 viewer=403 staff=204 requester=401"),
				row("GET", "/portal", null, "nobody=302 staff=302 requester=200 observer=200 manager=200"),
				row("GET", "/portal/api/team", null,
						"nobody=302 staff=302 requester=403 observer=403 manager=200 otherManager=200"),
				row("PUT", "/portal/api/team/" + target.id() + "/role", Map.of("role", "OBSERVER"),
						"requester=403 observer=403 otherManager=404 manager=204"),
				row("GET", "/engine-rest/task", null, "nobody=401 requester=401 manager=401 staff=200"),
				// a contact's portal sign-in is nobody's sign-in anywhere else
				row("GET", "/dev/mail", null, "nobody=401 requester=401 viewer=403 staff=403 sponsor=403 admin=404"));

		List<String> mismatches = new ArrayList<>();
		for (Row row : rows) {
			for (String expectation : row.expectations().split(" ")) {
				String[] parts = expectation.split("=");
				Http caller = who.get(parts[0]);
				Http.Response response = switch (row.method()) {
					case "GET" -> caller.get(row.path());
					default -> caller.send(row.method(), row.path(), (row.body() != null) ? row.body() : "");
				};
				if (response.status() != Integer.parseInt(parts[1])) {
					mismatches.add(row.method() + " " + row.path() + " as " + parts[0] + ": expected " + parts[1]
							+ ", got " + response.status());
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	private static Row row(String method, String path, Object body, String expectations) {
		return new Row(method, path, body, expectations);
	}

	private void viewerUser() {
		if (this.identity.createUserQuery().userId(VIEWER).count() == 0) {
			User user = this.identity.newUser(VIEWER);
			user.setPassword(TestStaff.PASSWORD);
			this.identity.saveUser(user);
			this.identity.createMembership(VIEWER, "guichet-viewer");
		}
	}

	record Row(String method, String path, Object body, String expectations) {
	}

}
