package io.guichet.console;

import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.client.StaffViewer;

/**
 * A client chosen with the type-ahead: its id, when the name shown is that client's and
 * the user may see it; else the visible client of exactly that name; else none. A name
 * typed by hand never creates a client.
 */
final class ClientChoice {

	private ClientChoice() {
	}

	static UUID of(ClientDirectory clients, String name, String id, StaffViewer viewer) {
		String typed = (name != null) ? name.strip() : "";
		if (id != null && !id.isBlank()) {
			try {
				return clients.find(UUID.fromString(id.strip()))
					.filter((client) -> client.name().equalsIgnoreCase(typed))
					.filter((client) -> clients.isVisible(client.id(), viewer))
					.map(ClientSummary::id)
					.orElse(null);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return clients.findByName(typed)
			.map(ClientSummary::id)
			.filter((c) -> clients.isVisible(c, viewer))
			.orElse(null);
	}

}
