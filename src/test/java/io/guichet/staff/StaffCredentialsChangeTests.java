package io.guichet.staff;

import java.util.UUID;

import io.guichet.staff.StaffGroups;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verified staff passwords are remembered for a while, but a change made on this instance
 * (Camunda Admin, {@code /engine-rest}) counts at once, on {@code /api} and on
 * {@code /engine-rest}.
 */
@GuichetTest
class StaffCredentialsChangeTests {

	private static final String OLD = "Old-password-123";

	private static final String NEW = "New-password-456";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	private String user;

	@BeforeEach
	void setUp() {
		this.user = "cache-" + UUID.randomUUID();
		User created = this.identity.newUser(this.user);
		created.setFirstName("Cache");
		created.setLastName("Test");
		created.setPassword(OLD);
		this.identity.saveUser(created);
		this.identity.createMembership(this.user, StaffGroups.STAFF);
	}

	@AfterEach
	void tearDown() {
		this.identity.deleteUser(this.user);
	}

	@Test
	void shouldRefuseAnOldPasswordAtOnceOnceChangedOnThisInstance() {
		Http old = new Http(this.port).as(this.user, OLD);
		assertThat(old.get("/api/clients").status()).isEqualTo(200);
		assertThat(old.get("/engine-rest/process-definition").status()).isEqualTo(200);
		User changed = this.identity.createUserQuery().userId(this.user).singleResult();
		changed.setPassword(NEW);
		this.identity.saveUser(changed);
		Http renewed = new Http(this.port).as(this.user, NEW);
		assertThat(renewed.get("/api/clients").status()).isEqualTo(200);
		assertThat(renewed.get("/engine-rest/process-definition").status()).isEqualTo(200);
		// last: after a failure Camunda refuses even the right password for a few seconds
		assertThat(old.get("/api/clients").status()).isEqualTo(401);
		assertThat(old.get("/engine-rest/process-definition").status()).isEqualTo(401);
	}

	@Test
	void shouldApplyAGroupLeftOnThisInstanceAtOnce() {
		Http staff = new Http(this.port).as(this.user, OLD);
		assertThat(staff.get("/api/clients").status()).isEqualTo(200);
		this.identity.deleteMembership(this.user, StaffGroups.STAFF);
		assertThat(staff.get("/api/clients").status()).isEqualTo(403);
	}

	@Test
	void shouldRefuseAWrongPasswordWhileTheRightOneIsRemembered() {
		assertThat(new Http(this.port).as(this.user, OLD).get("/api/clients").status()).isEqualTo(200);
		assertThat(new Http(this.port).as(this.user, OLD + "x").get("/api/clients").status()).isEqualTo(401);
		assertThat(new Http(this.port).as(this.user, OLD + "x").get("/engine-rest/process-definition").status())
			.isEqualTo(401);
	}

}
