package io.guichet.common;

/**
 * Descriptions of the error answers that many calls share, for the API description
 * (/v3/api-docs). A controller lists 401 and 429 once for all its calls and 403 with each
 * call, since some calls have reasons of their own: a status listed both on the class and
 * on a method gets either description, whichever springdoc meets last.
 */
public final class ApiAnswers {

	public static final String UNAUTHENTICATED = "No HTTP Basic credentials, or wrong ones.";

	public static final String THROTTLED = "Too many wrong passwords from this address: wait Retry-After seconds "
			+ "(the account itself is not locked).";

	/** A reading call: viewers may read. */
	public static final String READ_FORBIDDEN = "The user is in none of Guichet's groups (guichet-staff, "
			+ "guichet-viewer, camunda-admin).";

	/** A change: viewers may not. */
	public static final String WRITE_FORBIDDEN = "The user is in none of Guichet's staff groups (guichet-staff, "
			+ "camunda-admin); viewers may only read.";

	/** A change of a portal access: its sponsor or an admin only. */
	public static final String SPONSOR_FORBIDDEN = "The user is not the sponsor of this access nor an admin, or "
			+ "is in none of Guichet's staff groups.";

	public static final String BAD_ID = "An id in the path is not a UUID.";

	/** The media type of every error answer. */
	public static final String PROBLEM_JSON = "application/problem+json";

	/** The schema of an error answer without fields of its own. */
	public static final String PROBLEM = "#/components/schemas/Problem";

	private ApiAnswers() {
	}

}
