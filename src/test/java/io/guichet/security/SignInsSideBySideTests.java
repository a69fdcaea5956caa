package io.guichet.security;

import java.util.Map;

import io.guichet.access.Activation;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.ConsoleSession;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Tasklist;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser, three audiences: a staff user in the console, a contact in the portal and
 * someone in the Camunda webapps keep their sign-ins side by side; signing in or out of
 * one leaves the others as they were. From the console, Tasklist opens signed in.
 */
@GuichetTest
class SignInsSideBySideTests {

	private static final String PASSWORD = "Side-by-side-password-1";

	private static final String WEBAPPS_USER = "/camunda/api/admin/auth/user/default";

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

	private Person contact;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		Http staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		ActiveContacts contacts = new ActiveContacts(staff, this.runtime, this.management, this.activation);
		this.contact = contacts.activate(contacts.client("Side by side ", "en"), "REQUESTER", PASSWORD, Map.of());
	}

	@Test
	void shouldKeepTheConsoleThePortalAndTasklistSignedInSideBySide() {
		Http browser = new Http(this.port);
		signInToConsole(browser, TestStaff.STAFF);
		signInToPortal(browser);
		assertConsoleAs(browser, TestStaff.STAFF);
		assertPortal(browser);

		signInToTasklist(browser, TestStaff.APPROVER);
		assertConsoleAs(browser, TestStaff.STAFF);
		assertPortal(browser);
		assertThat(browser.get(WEBAPPS_USER).json().get("userId").asText()).isEqualTo(TestStaff.APPROVER);

		// signing out of Tasklist: the console and the portal stay
		assertThat(browser.postJson(WEBAPPS_USER + "/logout", "{}").status()).isEqualTo(200);
		assertThat(browser.get(WEBAPPS_USER).status()).isNotEqualTo(200);
		assertConsoleAs(browser, TestStaff.STAFF);
		assertPortal(browser);

		// signing out of the portal: the console stays
		Http.Response portalOut = browser.postForm("/portal/logout", Map.of("_csrf", browser.get("/portal").csrf()));
		assertThat(portalOut.header("Location")).contains("/portal/login");
		assertThat(browser.get("/portal").header("Location")).contains("/portal/login");
		assertConsoleAs(browser, TestStaff.STAFF);
	}

	@Test
	void shouldSignInToTheConsoleAgainWhileAContactIsSignedInToThePortal() {
		Http browser = new Http(this.port);
		signInToPortal(browser);
		signInToConsole(browser, TestStaff.STAFF);
		assertConsoleAs(browser, TestStaff.STAFF);
		Http.Response out = browser.postForm("/console/logout",
				Map.of("_csrf", browser.get("/console/clients").csrf()));
		assertThat(out.header("Location")).endsWith("/console/login");
		assertThat(browser.get("/console/clients").header("Location")).endsWith("/console/login");
		// the contact is still signed in, and the next staff sign-in works
		assertPortal(browser);
		signInToConsole(browser, TestStaff.APPROVER);
		assertConsoleAs(browser, TestStaff.APPROVER);
		assertPortal(browser);
	}

	@Test
	void shouldOpenTasklistFromTheConsoleWithoutSigningInAgain() {
		Http browser = new Http(this.port);
		signInToConsole(browser, TestStaff.APPROVER);
		assertThat(browser.get(WEBAPPS_USER).status()).isNotEqualTo(200);
		assertThat(browser.get("/console/clients").body()).contains("/console/camunda/tasklist");

		Http.Response open = browser.get("/console/camunda/tasklist");
		assertThat(open.status()).isEqualTo(302);
		assertThat(open.header("Location")).endsWith("/camunda/app/tasklist/default/");
		Http.Response signedIn = browser.get(WEBAPPS_USER);
		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
		assertThat(signedIn.json().get("userId").asText()).isEqualTo(TestStaff.APPROVER);
		assertThat(signedIn.json().get("authorizedApps").toString()).contains("tasklist");

		// Cockpit is not for approvers: the Welcome page lists what they may use
		Http.Response cockpit = browser.get("/camunda/app/cockpit/default/");
		assertThat(cockpit.status()).isEqualTo(302);
		assertThat(cockpit.header("Location")).endsWith("/camunda/app/welcome/default/");
		assertThat(browser.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
		assertConsoleAs(browser, TestStaff.APPROVER);
	}

	@Test
	void shouldRefuseTheWebappsEntryToAnyoneNotSignedInToTheConsole() {
		Http browser = new Http(this.port);
		signInToPortal(browser);
		Http.Response open = browser.get("/console/camunda/cockpit");
		assertThat(open.status()).isEqualTo(302);
		assertThat(open.header("Location")).endsWith("/console/login");
		assertThat(browser.get(WEBAPPS_USER).status()).isNotEqualTo(200);
		assertThat(browser.get("/console/camunda/engine-rest").status()).isIn(302, 404);
	}

	@Test
	void shouldRememberTheLanguageEachStaffUserSignedInWith() {
		ConsoleSession.signIn(this.port, TestStaff.APPROVER, "fr");
		assertThat(this.identity.getUserInfo(TestStaff.APPROVER, "guichet.language")).isEqualTo("fr");
		Tasklist.signIn(this.port, TestStaff.APPROVER, TestStaff.PASSWORD);
		assertThat(this.identity.getUserInfo(TestStaff.APPROVER, "guichet.language")).as("Tasklist, in English")
			.isEqualTo("en");
		ConsoleSession.signIn(this.port, TestStaff.STAFF, "en");
		assertThat(this.identity.getUserInfo(TestStaff.STAFF, "guichet.language")).isEqualTo("en");
		// a contact's sign-in to the portal writes nothing of the kind
		signInToPortal(new Http(this.port).language("fr"));
		assertThat(this.identity.getUserInfo(this.contact.accessId(), "guichet.language")).isNull();
	}

	private static void signInToConsole(Http browser, String user) {
		Http.Response signedIn = browser.postForm("/console/login", Map.of("_csrf",
				browser.get("/console/login").csrf(), "username", user, "password", TestStaff.PASSWORD));
		assertThat(signedIn.header("Location")).as("%s signed in to the console", user).endsWith("/console/clients");
	}

	private void signInToPortal(Http browser) {
		Http.Response signedIn = browser.postForm("/portal/login", Map.of("_csrf", browser.get("/portal/login").csrf(),
				"email", this.contact.email(), "password", PASSWORD));
		assertThat(signedIn.header("Location")).as("the contact signed in to the portal").endsWith("/portal");
	}

	private static void signInToTasklist(Http browser, String user) {
		browser.header("X-XSRF-TOKEN", Tasklist.xsrf(browser.get("/camunda/app/tasklist/default/")));
		Http.Response signedIn = browser.postFields(WEBAPPS_USER + "/login/tasklist", "username", user, "password",
				TestStaff.PASSWORD);
		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
		browser.header("X-XSRF-TOKEN", Tasklist.xsrf(browser.get("/camunda/app/tasklist/default/")));
	}

	private static void assertConsoleAs(Http browser, String user) {
		Http.Response page = browser.get("/console/clients");
		assertThat(page.status()).as("the console, signed in as %s", user).isEqualTo(200);
		// the staff bar names the staff user, never the contact's access
		assertThat(page.body()).contains("Sign out (" + user + ")");
	}

	private void assertPortal(Http browser) {
		Http.Response page = browser.get("/portal");
		assertThat(page.status()).as("the portal, signed in as the contact").isEqualTo(200);
	}

}
