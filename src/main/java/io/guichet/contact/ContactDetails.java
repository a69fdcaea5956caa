package io.guichet.contact;

/** The fields a person gives about themselves, already validated. */
public record ContactDetails(String firstName, String lastName, String email, String phone, String mobile,
		String otherChannel, String language) {

	public ContactDetails {
		phone = blankToNull(phone);
		mobile = blankToNull(mobile);
		otherChannel = blankToNull(otherChannel);
		language = blankToNull(language);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
