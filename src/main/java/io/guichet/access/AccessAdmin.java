package io.guichet.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientPeriodChanged;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.Forbidden;
import io.guichet.common.PortalPermissions;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to an existing access: revoke it, change its rights. Only its sponsor or
 * an admin ({@link AccessRules}), on every door; a client's manager for its own company
 * ({@link ManagerTeam}).
 */
@Service
public class AccessAdmin {

	private final ManagedAccesses managed;

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final LifecycleEngine engine;

	private final Tokens tokens;

	private final Notifications notifications;

	private final ContactMails mails;

	private final AuditLog audit;

	private final Clock clock;

	AccessAdmin(ManagedAccesses managed, PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients,
			LifecycleEngine engine, Tokens tokens, Notifications notifications, ContactMails mails, AuditLog audit,
			Clock clock) {
		this.managed = managed;
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.engine = engine;
		this.tokens = tokens;
		this.notifications = notifications;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether this staff user may act on the contact's access ({@link AccessRules}). */
	@Transactional(readOnly = true)
	public boolean mayManage(UUID contactId, Actor actor) {
		return this.managed.mayManage(contactId, actor);
	}

	/** Refuses (403) a staff user who may not act on the contact's access. */
	@Transactional(readOnly = true)
	public void checkMayManage(UUID contactId, Actor actor) {
		if (!mayManage(contactId, actor)) {
			throw new Forbidden("guichet.forbidden.sponsor-or-admin",
					"only the sponsor or an admin may act on this access");
		}
	}

	/**
	 * Ends the access at once: REVOKED, its links dead, its process instances ended, the
	 * contact told if asked (once the revocation is committed).
	 */
	@Transactional
	public void revoke(UUID contactId, boolean notify, Actor actor) {
		end(this.managed.of(contactId, actor), contactId, notify, actor);
	}

	/**
	 * A client's manager removes a colleague's access ({@link ManagerTeam} checked who).
	 */
	void revokeByManager(UUID contactId, boolean notify, Actor manager) {
		end(this.managed.of(contactId), contactId, notify, manager);
	}

	private void end(PortalAccess access, UUID contactId, boolean notify, Actor actor) {
		if (access.getState().isEnded()) {
			throw new ConflictException("guichet.access.already-ended");
		}
		Instant now = this.clock.instant();
		access.end(AccessState.REVOKED, now);
		this.tokens.killAll(access.getId(), now);
		this.engine.revoked(access.getId());
		this.audit.record(AuditLog.CONTACT, contactId, "REVOKED", actor, notify ? "contact notified" : null);
		if (notify) {
			ContactCard contact = this.contacts.get(contactId);
			Optional<ClientSummary> client = this.clients.find(contact.clientId());
			this.notifications.send("revoked/" + access.getId() + "/" + now.toEpochMilli(),
					this.mails.mail(contact, client, "revoked",
							Map.of("name", contact.fullName(), "company", client.map(ClientSummary::name).orElse(""))));
		}
	}

	/** Role, permissions and expiry date. */
	@Transactional
	public void changeRights(UUID contactId, Role role, List<String> permissions, LocalDate expiresOn, Actor actor) {
		PortalAccess access = this.managed.of(contactId, actor);
		changeRights(access, role, permissions, access.getResourceProfilesMax(), expiresOn, actor);
	}

	/**
	 * The same, with the maximum count of the resource-profiles permission: required with
	 * that permission (1 to 1000), dropped without it.
	 */
	@Transactional
	public void changeRights(UUID contactId, Role role, List<String> permissions, Integer resourceProfilesMax,
			LocalDate expiresOn, Actor actor) {
		changeRights(this.managed.of(contactId, actor), role, permissions, resourceProfilesMax, expiresOn, actor);
	}

	/**
	 * A client's manager changes a colleague's role ({@link ManagerTeam} checked who).
	 */
	void changeRoleByManager(UUID contactId, Role role, Actor manager) {
		PortalAccess access = this.managed.of(contactId);
		changeRights(access, role,
				(access.getPermissions() == null) ? List.of() : List.of(access.getPermissions().split(",")),
				access.getResourceProfilesMax(), access.getExpiresOn(), manager);
	}

	private void changeRights(PortalAccess access, Role role, List<String> permissions, Integer resourceProfilesMax,
			LocalDate expiresOn, Actor actor) {
		UUID contactId = access.getContactId();
		if (!PortalPermissions.ALL.containsAll(permissions)) {
			throw FieldErrorsException.of("permissions", "guichet.review.permissions");
		}
		if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(this.clock))) {
			throw FieldErrorsException.of("expiresOn", "guichet.review.expiry-past");
		}
		boolean profiles = permissions.contains("RESOURCE_PROFILES");
		if (profiles && (resourceProfilesMax == null || resourceProfilesMax < 1 || resourceProfilesMax > 1000)) {
			throw FieldErrorsException.of("resourceProfilesMax", "guichet.access.profiles-max");
		}
		Role before = access.getRole();
		access.changeRights(role, permissions.isEmpty() ? null : String.join(",", permissions),
				profiles ? resourceProfilesMax : null, expiresOn, this.clock.instant());
		if (before != role) {
			this.audit.record(AuditLog.CONTACT, contactId, "ROLE_CHANGED", actor, before + " → " + role);
		}
		this.audit.record(AuditLog.CONTACT, contactId, "RIGHTS_CHANGED", actor,
				"role=" + role + ", permissions=" + permissions + ", expires on=" + expiresOn);
		if (access.getState() == AccessState.ACTIVE) {
			this.engine.deadlinesChanged(access.getId());
		}
	}

	/**
	 * Tells every active lifecycle of the client's contacts that their deadlines may have
	 * moved (after the change is committed; again after a restart if this fails).
	 */
	@ApplicationModuleListener
	void clientPeriodChanged(ClientPeriodChanged event) {
		List<UUID> contactIds = this.contacts.idsOfClient(event.clientId());
		this.accesses.findByStateAndContactIdIn(AccessState.ACTIVE, contactIds)
			.forEach((access) -> this.engine.deadlinesChanged(access.getId()));
	}

}
