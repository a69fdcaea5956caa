package io.guichet.client;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.guichet.audit.HistoryNames;
import io.guichet.common.Actor;

import org.springframework.stereotype.Component;

/** Clients named in a history: those the reader may see. */
@Component
class ClientHistoryNames implements HistoryNames {

	private final ClientDirectory clients;

	ClientHistoryNames(ClientDirectory clients) {
		this.clients = clients;
	}

	@Override
	public Map<UUID, String> namesOf(Collection<UUID> ids, Actor reader) {
		Set<UUID> hidden = new HashSet<>(this.clients.hiddenFrom(reader));
		return this.clients.findAll(ids)
			.values()
			.stream()
			.filter((client) -> !hidden.contains(client.id()))
			.collect(Collectors.toMap(ClientSummary::id, ClientSummary::name));
	}

}
