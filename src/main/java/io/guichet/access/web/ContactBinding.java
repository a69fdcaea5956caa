package io.guichet.access.web;

import java.beans.PropertyEditorSupport;
import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;

/**
 * How the contact forms read what was typed, before it is validated: an empty field is no
 * value, and the client is typed by name with the type-ahead
 * (static/js/client-typeahead.js).
 */
@Component
class ContactBinding {

	private final ClientDirectory clients;

	ContactBinding(ClientDirectory clients) {
		this.clients = clients;
	}

	/**
	 * The form's {@code clientId} is the client chosen: the id the suggestions filled in
	 * while it still names the client typed, else the client of exactly that name; any
	 * other name is a {@code typeMismatch} error of {@code clientId}. Whether this user
	 * may see it is the service's rule.
	 */
	void register(WebDataBinder binder, String clientName, Actor viewer) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(UUID.class, "clientId", new PropertyEditorSupport() {

			@Override
			public void setAsText(String id) {
				setValue(chosen(clientName, id, viewer)
					.orElseThrow(() -> new IllegalArgumentException("no client named so")));
			}

		});
	}

	private Optional<UUID> chosen(String name, String id, Actor viewer) {
		String typed = (name != null) ? name.strip() : "";
		Optional<ClientSummary> chosen = uuid(id).map(this.clients::find)
			.orElseGet(() -> this.clients.findByName(typed, viewer));
		return chosen.filter((client) -> client.name().equalsIgnoreCase(typed)).map(ClientSummary::id);
	}

	private static Optional<UUID> uuid(String value) {
		try {
			return (value != null && !value.isBlank()) ? Optional.of(UUID.fromString(value.strip())) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
