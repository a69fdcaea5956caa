package io.guichet.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Staff users with known passwords, whatever the database already holds. */
public final class TestStaff {

	public static final String APPROVER = "test-approver";

	public static final String STAFF = "test-staff";

	public static final String OUTSIDER = "test-outsider";

	/** Reads the console and the API, changes nothing ({@code guichet-viewer}). */
	public static final String VIEWER = "test-viewer";

	public static final String PASSWORD = "Test-password-123";

	private TestStaff() {
	}

	public static void ensure(IdentityService identity) {
		user(identity, APPROVER, "approvers", "guichet-staff");
		user(identity, STAFF, "guichet-staff");
		user(identity, OUTSIDER);
		user(identity, VIEWER, "guichet-viewer");
	}

	private static void user(IdentityService identity, String id, String... groups) {
		User user = identity.createUserQuery().userId(id).singleResult();
		if (user == null) {
			user = identity.newUser(id);
			user.setFirstName(id);
			user.setLastName("Test");
			user.setEmail(id + "@staff.test");
		}
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		// the language an earlier test signed in with: e-mails to staff in the staff
		// language again
		identity.deleteUserInfo(id, "guichet.language");
		for (String group : groups) {
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

}
