package io.guichet.console;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.ContactForm;
import io.guichet.access.ContactView;
import io.guichet.contact.Privacy;

/** The contact edit form as the page posts it (every value a string) and back. */
final class ContactFields {

	private ContactFields() {
	}

	static Map<String, String> of(ContactView contact) {
		Map<String, String> values = new HashMap<>();
		values.put("clientId", (contact.clientId() != null) ? contact.clientId().toString() : "");
		values.put("clientName", (contact.clientName() != null) ? contact.clientName() : "");
		values.put("salutation", contact.salutation());
		values.put("firstName", contact.firstName());
		values.put("middleName", contact.middleName());
		values.put("lastName", contact.lastName());
		values.put("suffix", contact.suffix());
		values.put("jobTitle", contact.jobTitle());
		values.put("department", contact.department());
		values.put("email", contact.email());
		values.put("email2", contact.email2());
		values.put("email3", contact.email3());
		values.put("phone", contact.phone());
		values.put("mobile", contact.mobile());
		values.put("otherPhone", contact.otherPhone());
		values.put("otherChannel", contact.otherChannel());
		values.put("language", contact.language());
		values.put("privacy", (contact.privacy() != null) ? contact.privacy().name() : null);
		values.put("comments", contact.comments());
		ClientFields.put(values, "address", contact.address());
		return values;
	}

	static ContactForm parse(Map<String, String> values, UUID clientId, Map<String, String> errors,
			String choiceError) {
		Privacy privacy = ClientFields.choice(values, "privacy", Privacy::valueOf, errors, choiceError);
		return new ContactForm(clientId, blank(values, "salutation"), values.getOrDefault("firstName", ""),
				blank(values, "middleName"), values.getOrDefault("lastName", ""), blank(values, "suffix"),
				blank(values, "jobTitle"), blank(values, "department"), values.getOrDefault("email", ""),
				blank(values, "email2"), blank(values, "email3"), blank(values, "phone"), blank(values, "mobile"),
				blank(values, "otherPhone"), blank(values, "otherChannel"), blank(values, "language"), privacy,
				blank(values, "comments"), ClientFields.address(values, "address"));
	}

	private static String blank(Map<String, String> values, String field) {
		return ClientFields.blank(values, field);
	}

}
