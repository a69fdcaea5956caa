package io.guichet.contact;

import io.guichet.client.Address;

/** The fields of a contact card, already validated. */
public record ContactDetails(String salutation, String firstName, String middleName, String lastName, String suffix,
		String jobTitle, String department, String email, String email2, String email3, String phone, String mobile,
		String otherPhone, String otherChannel, String language, Privacy privacy, String comments, Address address) {

	public ContactDetails {
		salutation = blankToNull(salutation);
		middleName = blankToNull(middleName);
		suffix = blankToNull(suffix);
		jobTitle = blankToNull(jobTitle);
		department = blankToNull(department);
		email2 = blankToNull(email2);
		email3 = blankToNull(email3);
		phone = blankToNull(phone);
		mobile = blankToNull(mobile);
		otherPhone = blankToNull(otherPhone);
		otherChannel = blankToNull(otherChannel);
		language = blankToNull(language);
		privacy = (privacy != null) ? privacy : Privacy.VISIBLE_TO_ALL;
		comments = blankToNull(comments);
		address = (address == null || address.toString().isEmpty()) ? null : address;
	}

	/** The card without a postal address. */
	public ContactDetails(String salutation, String firstName, String middleName, String lastName, String suffix,
			String jobTitle, String department, String email, String email2, String email3, String phone, String mobile,
			String otherPhone, String otherChannel, String language, Privacy privacy, String comments) {
		this(salutation, firstName, middleName, lastName, suffix, jobTitle, department, email, email2, email3, phone,
				mobile, otherPhone, otherChannel, language, privacy, comments, null);
	}

	/** What a person gives about themselves when registering. */
	public ContactDetails(String firstName, String lastName, String email, String phone, String mobile,
			String otherChannel, String language) {
		this(null, firstName, null, lastName, null, null, null, email, null, null, phone, mobile, null, otherChannel,
				language, null, null);
	}

	public ContactDetails withLanguage(String language) {
		return new ContactDetails(this.salutation, this.firstName, this.middleName, this.lastName, this.suffix,
				this.jobTitle, this.department, this.email, this.email2, this.email3, this.phone, this.mobile,
				this.otherPhone, this.otherChannel, language, this.privacy, this.comments, this.address);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
