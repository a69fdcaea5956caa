package io.guichet.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;

/**
 * Names, for a history read by a person, of the things its lines refer to by id (a
 * client, a contact): each module that owns such things answers for its own, and only for
 * what the reader may see.
 */
public interface HistoryNames {

	Map<UUID, String> namesOf(Collection<UUID> ids, Actor reader);

}
