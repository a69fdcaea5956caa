package io.guichet.portal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.guichet.access.Activation;
import io.guichet.access.PortalSignIn;
import io.guichet.support.ActiveContacts;
import io.guichet.support.ActiveContacts.Person;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestMail;
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
 * A contact's portal session ends when its access is revoked or its password changes: the
 * next request goes back to the sign-in page.
 */
@GuichetTest
class PortalSessionTests {

	private static final String PASSWORD = "Session-password-12345";

	private static final Pattern RESET_LINK = Pattern.compile("/portal/password-reset/new\\?token=([A-Za-z0-9_-]+)");

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
	PortalSignIn signIn;

	private Http staff;

	private Person contact;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		ActiveContacts contacts = new ActiveContacts(this.staff, this.runtime, this.management, this.activation);
		this.contact = contacts.activate(contacts.client("Session ", "en"), "REQUESTER", PASSWORD, Map.of());
	}

	@Test
	void shouldEndTheSessionWhenTheAccessIsRevoked() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		assertThat(portal.get("/portal").status()).isEqualTo(200);
		assertThat(this.staff.postJson("/api/contacts/" + this.contact.id() + "/revocation", "{}").status())
			.isEqualTo(202);
		Http.Response after = portal.get("/portal");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.header("Location")).contains("/portal/login");
	}

	@Test
	void shouldEndTheSessionWhenThePasswordChanges() {
		Http portal = ActiveContacts.session(this.port, this.contact, PASSWORD);
		assertThat(portal.get("/portal").status()).isEqualTo(200);
		int before = TestMail.to(this.contact.email()).size();
		this.signIn.requestReset(this.contact.email());
		Matcher link = RESET_LINK
			.matcher(TestMail.body(TestMail.awaitMails(this.contact.email(), before + 1).get(before)));
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		assertThat(this.signIn.resetPassword(token, "Another-password-12345", "Another-password-12345"))
			.isEqualTo(Activation.LinkStatus.ACTIVATED);
		assertThat(portal.get("/portal").status()).isEqualTo(302);
		Http fresh = ActiveContacts.session(this.port, this.contact, "Another-password-12345");
		assertThat(fresh.get("/portal").status()).isEqualTo(200);
	}

}
