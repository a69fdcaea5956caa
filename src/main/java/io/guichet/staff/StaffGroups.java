package io.guichet.staff;

/** Camunda groups Guichet knows, and the Spring Security authorities made from them. */
public final class StaffGroups {

	public static final String ADMIN = "camunda-admin";

	public static final String STAFF = "guichet-staff";

	public static final String APPROVERS = "approvers";

	/** Reads everything it may see in Guichet's API, changes nothing. */
	public static final String VIEWER = "guichet-viewer";

	/** Technical users of the real customer portal (report logins made there). */
	public static final String PORTAL = "guichet-portal";

	public static final String AUTHORITY_PREFIX = "GROUP_";

	private StaffGroups() {
	}

	public static String authority(String group) {
		return AUTHORITY_PREFIX + group;
	}

}
