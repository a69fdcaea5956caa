package io.guichet.engine;

import java.util.Locale;
import java.util.UUID;

import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.support.GuichetTest;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Guichet reads of staff users to e-mail them is remembered
 * ({@code guichet.security.staff-credentials.ttl}), and a change made through this
 * instance's engine (Camunda Admin, {@code /engine-rest}, a sign-in's language) is seen
 * at once.
 */
@GuichetTest
class StaffAddressesTests {

	@Autowired
	StaffDirectory staff;

	@Autowired
	IdentityService identity;

	private String userId;

	@BeforeEach
	void setUp() {
		TestStaff.ensure(this.identity);
		this.userId = "addresses-" + UUID.randomUUID().toString().substring(0, 8);
		User user = this.identity.newUser(this.userId);
		user.setFirstName("Ada");
		user.setEmail(this.userId + "@staff.test");
		user.setPassword(TestStaff.PASSWORD);
		this.identity.saveUser(user);
		this.identity.createMembership(this.userId, "approvers");
	}

	@AfterEach
	void tearDown() {
		this.identity.deleteUser(this.userId);
	}

	@Test
	void shouldSeeAnAddressChangedInCamundaAdminAtOnce() {
		assertThat(this.staff.addressOf(this.userId).map(StaffAddress::email)).contains(this.userId + "@staff.test");
		User user = this.identity.createUserQuery().userId(this.userId).singleResult();
		user.setEmail("moved-" + this.userId + "@staff.test");
		this.identity.saveUser(user);
		assertThat(this.staff.addressOf(this.userId).map(StaffAddress::email))
			.contains("moved-" + this.userId + "@staff.test");
		assertThat(this.staff.addressesIn("approvers")).extracting(StaffAddress::email)
			.contains("moved-" + this.userId + "@staff.test");
	}

	@Test
	void shouldSeeALanguageAndAMembershipChangeAtOnce() {
		assertThat(this.staff.addressOf(this.userId).orElseThrow().language()).isNull();
		this.staff.rememberLanguage(this.userId, Locale.FRENCH);
		assertThat(this.staff.addressOf(this.userId).orElseThrow().language()).isEqualTo(Locale.FRENCH);
		this.identity.deleteUserInfo(this.userId, CamundaStaffIdentity.LANGUAGE);
		assertThat(this.staff.addressOf(this.userId).orElseThrow().language()).isNull();

		assertThat(this.staff.addressesIn("approvers")).extracting(StaffAddress::userId).contains(this.userId);
		this.identity.deleteMembership(this.userId, "approvers");
		assertThat(this.staff.addressesIn("approvers")).extracting(StaffAddress::userId).doesNotContain(this.userId);
		this.identity.deleteUser(this.userId);
		assertThat(this.staff.exists(this.userId)).isFalse();
		// tearDown deletes it again: nothing to delete
	}

}
