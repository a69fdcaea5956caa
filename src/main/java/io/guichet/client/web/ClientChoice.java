package io.guichet.client.web;

import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;

/**
 * The client chosen in a type-ahead field (static/js/client-typeahead.js): the id the
 * suggestions filled in, if it still names the client shown, else the exact name typed. A
 * client this user may not see is no choice: a new name can never be typed in.
 */
final class ClientChoice {

	private final ClientDirectory clients;

	ClientChoice(ClientDirectory clients) {
		this.clients = clients;
	}

	Optional<UUID> of(String name, UUID id, Actor viewer) {
		String typed = (name != null) ? name.strip() : "";
		Optional<ClientSummary> chosen = (id != null) ? this.clients.visibleTo(id, viewer)
				: this.clients.findByName(typed, viewer);
		return chosen.filter((client) -> client.name().equalsIgnoreCase(typed)).map(ClientSummary::id);
	}

}
