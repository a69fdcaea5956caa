package io.guichet.access;

import io.guichet.common.Actor;
import io.guichet.common.Forbidden;

/**
 * Who may act on a portal access (invite, re-send, remind, reset, revoke, change its
 * rights): its sponsor or an admin; any staff user while nobody sponsors it yet. The same
 * rule for every door; a client's manager acts on its own company's accesses through
 * {@link ManagerTeam}, which checks its own rule.
 */
final class AccessRules {

	private AccessRules() {
	}

	static boolean mayManage(String sponsor, Actor actor) {
		return actor.admin() || sponsor == null || sponsor.equals(actor.name());
	}

	static void checkMayManage(PortalAccess access, Actor actor) {
		if (!mayManage(access.getSponsor(), actor)) {
			throw new Forbidden("guichet.forbidden.sponsor-or-admin",
					"only the sponsor or an admin may act on this access");
		}
	}

}
