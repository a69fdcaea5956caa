package io.guichet.staff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff users as the identity store knows them (Camunda's identity service: one identity
 * for Tasklist, Cockpit and Guichet).
 */
public interface StaffDirectory {

	Optional<String> emailOf(String userId);

	/** The user, if it has an e-mail address. */
	Optional<StaffAddress> addressOf(String userId);

	/** The members of this group that have an e-mail address. */
	List<StaffAddress> addressesIn(String group);

	boolean exists(String userId);

	/** Whether this password is the user's (a wrong one counts towards the lockout). */
	boolean checkPassword(String userId, String password);

	/** The user with its groups and tenants. */
	StaffMember load(String userId);

	/**
	 * Remembers the language the user signed in with (to the console or the Camunda
	 * webapps): Guichet's e-mails to them are written in it.
	 */
	void rememberLanguage(String userId, Locale language);

}
