package io.guichet.access;

import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.ConflictException;

import org.springframework.stereotype.Component;

/**
 * The access of a contact, found for a staff user: the contact must be one they may see
 * (404 otherwise) and they must be allowed to act on its access ({@link AccessRules}).
 */
@Component
class ManagedAccesses {

	private final ContactQueries queries;

	private final PortalAccessRepository accesses;

	ManagedAccesses(ContactQueries queries, PortalAccessRepository accesses) {
		this.queries = queries;
		this.accesses = accesses;
	}

	PortalAccess of(UUID contactId, Actor actor) {
		this.queries.card(contactId, actor);
		PortalAccess access = of(contactId);
		AccessRules.checkMayManage(access, actor);
		return access;
	}

	/**
	 * Without a staff user's rules: for a client's manager, already checked otherwise.
	 */
	PortalAccess of(UUID contactId) {
		return this.accesses.findByContactId(contactId).orElseThrow(() -> new ConflictException("guichet.access.none"));
	}

	boolean mayManage(UUID contactId, Actor actor) {
		return this.accesses.findByContactId(contactId)
			.map((access) -> AccessRules.mayManage(access.getSponsor(), actor))
			.orElse(true);
	}

}
