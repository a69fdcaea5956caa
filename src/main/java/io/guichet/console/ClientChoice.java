package io.guichet.console;

import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;

import org.springframework.stereotype.Component;

/**
 * The client chosen in a type-ahead field (static/js/client-typeahead.js): the id the
 * suggestions filled in, if it still names the client shown, else the exact name typed. A
 * client this user may not see is no choice: a new name can never be typed in.
 */
@Component
class ClientChoice {

	private final ClientDirectory clients;

	ClientChoice(ClientDirectory clients) {
		this.clients = clients;
	}

	Optional<UUID> of(String name, String id, Actor viewer) {
		String typed = (name != null) ? name.strip() : "";
		Optional<ClientSummary> chosen = (id != null && !id.isBlank()) ? uuid(id).flatMap(this.clients::find)
				: this.clients.findByName(typed, viewer);
		return chosen.filter((client) -> client.name().equalsIgnoreCase(typed))
			.map(ClientSummary::id)
			.filter((clientId) -> this.clients.isVisible(clientId, viewer));
	}

	static Optional<UUID> uuid(String value) {
		try {
			return (value != null && !value.isBlank()) ? Optional.of(UUID.fromString(value.strip())) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
