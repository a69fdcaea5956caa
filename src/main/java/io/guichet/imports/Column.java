package io.guichet.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an import file, in the order an export writes them. A header names them
 * in any order and case; spaces and hyphens count as underscores.
 */
enum Column {

	CLIENT("client", "clientName", true), SALUTATION("salutation", "salutation", false),
	FIRST_NAME("first_name", "firstName", true), MIDDLE_NAME("middle_name", "middleName", false),
	LAST_NAME("last_name", "lastName", true), SUFFIX("suffix", "suffix", false),
	JOB_TITLE("job_title", "jobTitle", false), DEPARTMENT("department", "department", false),
	EMAIL("email", "email", true), EMAIL2("email2", "email2", false), EMAIL3("email3", "email3", false),
	PHONE("phone", "phone", false), MOBILE("mobile", "mobile", false), OTHER_PHONE("other_phone", "otherPhone", false),
	OTHER_CHANNEL("other_channel", "otherChannel", false), LANGUAGE("language", "language", false),
	PRIVACY("privacy", "privacy", false), COMMENTS("comments", "comments", false), ROLE("role", "role", false),
	INVITE("invite", "invite", false),
	/** Written by the export, ignored by the import. */
	ACCESS_STATE("access_state", "accessState", false);

	/** What the import reads (every column but the export's access state). */
	static final List<Column> IMPORTED = Arrays.stream(values()).filter((c) -> c != ACCESS_STATE).toList();

	static final List<Column> REQUIRED = Arrays.stream(values()).filter((c) -> c.required).toList();

	private final String header;

	private final String property;

	private final boolean required;

	Column(String header, String property, boolean required) {
		this.header = header;
		this.property = property;
		this.required = required;
	}

	String header() {
		return this.header;
	}

	/** The matching property of the contact request a line is checked as. */
	String property() {
		return this.property;
	}

	static Optional<Column> ofHeader(String text) {
		String key = normalize(text);
		return Arrays.stream(values()).filter((c) -> c.header.equals(key)).findFirst();
	}

	static Optional<Column> ofProperty(String property) {
		return Arrays.stream(values()).filter((c) -> c.property.equals(property)).findFirst();
	}

	static String normalize(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
	}

}
