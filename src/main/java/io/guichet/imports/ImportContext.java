package io.guichet.imports;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.guichet.common.Actor;

/**
 * What every line of one import shares: who uploaded it (their rights apply), the columns
 * the file has (a column it lacks leaves that field as it is), whether missing clients
 * are created, and the clients created so far.
 */
record ImportContext(UUID importId, String fileName, Actor actor, boolean createClients, Set<Column> columns,
		Set<UUID> hiddenClients, Map<String, UUID> createdClients) {

	ImportContext(UUID importId, String fileName, Actor actor, boolean createClients, Set<Column> columns,
			Set<UUID> hiddenClients) {
		this(importId, fileName, actor, createClients, columns, new HashSet<>(hiddenClients),
				new ConcurrentHashMap<>());
	}

}
