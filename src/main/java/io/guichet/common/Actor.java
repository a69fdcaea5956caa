package io.guichet.common;

/**
 * Who does something, as the rules and the history see it: a staff user (an admin or
 * not), a contact, a client's manager, or Guichet itself. Every door makes one from the
 * person it authenticated; a caller-supplied value never does.
 */
public record Actor(String name, boolean admin) {

	/** Guichet itself (timers, imports once accepted): sees every client. */
	public static final Actor SYSTEM = new Actor("system", true);

	/** A staff user who is not an admin. */
	public static Actor staff(String name) {
		return new Actor(name, false);
	}

	/** A staff user of the admin group. */
	public static Actor admin(String name) {
		return new Actor(name, true);
	}

	/** A contact registering itself: sees nothing of staff's data. */
	public static Actor contact() {
		return new Actor("contact", false);
	}

	/** A client's manager acting from the portal for its own company. */
	public static Actor manager(String email) {
		return new Actor("manager " + email, false);
	}

}
