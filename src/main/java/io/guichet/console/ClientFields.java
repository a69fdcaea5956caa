package io.guichet.console;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.guichet.client.Address;
import io.guichet.client.ClientForm;
import io.guichet.client.ClientForm.AccountType;
import io.guichet.client.ClientForm.ClientStatus;
import io.guichet.client.ClientView;

/**
 * The client form as the page posts it (every value a string, addresses as
 * {@code primaryAddress.city} and so on) and back.
 */
final class ClientFields {

	static final List<String> ADDRESSES = List.of("primaryAddress", "billingAddress", "shippingAddress");

	static final List<String> ADDRESS_PARTS = List.of("street", "postalCode", "city", "province", "country");

	private ClientFields() {
	}

	/** The values of an existing client, to fill the edit form. */
	static Map<String, String> of(ClientView client, String parentName) {
		Map<String, String> values = new HashMap<>();
		values.put("name", client.name());
		values.put("alias", client.alias());
		values.put("accountType", name(client.accountType()));
		values.put("status", name(client.status()));
		values.put("language", client.language());
		values.put("website", client.website());
		values.put("phone", client.phone());
		values.put("fax", client.fax());
		values.put("email", client.email());
		values.put("vatNumber", client.vatNumber());
		values.put("accountManager", client.accountManager());
		values.put("allowedUsers", (client.allowedUsers() != null) ? String.join(", ", client.allowedUsers()) : "");
		values.put("parentId", (client.parentId() != null) ? client.parentId().toString() : "");
		values.put("parentName", parentName);
		put(values, "primaryAddress", client.primaryAddress());
		put(values, "billingAddress", client.billingAddress());
		put(values, "shippingAddress", client.shippingAddress());
		return values;
	}

	/**
	 * The form to validate; a choice that is none of the proposed ones becomes an error.
	 * @param values what the page posted
	 * @param parentId the parent client chosen with the type-ahead, or {@code null}
	 * @param errors where unreadable choices are reported
	 * @param choiceError the message for them
	 * @return the form
	 */
	static ClientForm parse(Map<String, String> values, UUID parentId, Map<String, String> errors, String choiceError) {
		AccountType type = choice(values, "accountType", AccountType::valueOf, errors, choiceError);
		ClientStatus status = choice(values, "status", ClientStatus::valueOf, errors, choiceError);
		List<String> allowed = Arrays.stream(value(values, "allowedUsers", "").split(","))
			.map(String::strip)
			.filter((user) -> !user.isEmpty())
			.toList();
		return new ClientForm(value(values, "name", ""), blank(values, "alias"), parentId, type, status,
				blank(values, "language"), blank(values, "website"), blank(values, "phone"), blank(values, "fax"),
				address(values, "primaryAddress"), address(values, "billingAddress"),
				address(values, "shippingAddress"), blank(values, "accountManager"), allowed.isEmpty() ? null : allowed,
				blank(values, "email"), blank(values, "vatNumber"));
	}

	static <E> E choice(Map<String, String> values, String field, Function<String, E> parse, Map<String, String> errors,
			String message) {
		String value = blank(values, field);
		if (value == null) {
			return null;
		}
		try {
			return parse.apply(value);
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, message);
			return null;
		}
	}

	static Address address(Map<String, String> values, String prefix) {
		String[] parts = ADDRESS_PARTS.stream()
			.map((part) -> blank(values, prefix + "." + part))
			.toArray(String[]::new);
		if (Arrays.stream(parts).allMatch((part) -> part == null)) {
			return null;
		}
		return new Address(parts[0], parts[2], parts[3], parts[1], parts[4]);
	}

	static void put(Map<String, String> values, String prefix, Address address) {
		if (address != null) {
			values.put(prefix + ".street", address.street());
			values.put(prefix + ".postalCode", address.postalCode());
			values.put(prefix + ".city", address.city());
			values.put(prefix + ".province", address.province());
			values.put(prefix + ".country", address.country());
		}
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String value(Map<String, String> values, String field, String otherwise) {
		String value = values.get(field);
		return (value != null) ? value : otherwise;
	}

	static String blank(Map<String, String> values, String field) {
		String value = values.get(field);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
