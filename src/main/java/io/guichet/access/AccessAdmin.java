package io.guichet.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientPeriodChanged;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;
import io.guichet.common.Dates;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.common.PortalPermissions;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mailer;
import io.guichet.notification.Mailer.Mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to an existing access: revoke it, change its rights (sponsor or admin
 * only), send a reminder or a password-reset link.
 */
@Service
public class AccessAdmin {

	private static final Logger log = LoggerFactory.getLogger(AccessAdmin.class);

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final LifecycleEngine engine;

	private final Tokens tokens;

	private final Mailer mailer;

	private final AccessSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	private final Executor mailExecutor;

	AccessAdmin(PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients, LifecycleEngine engine,
			Tokens tokens, Mailer mailer, AccessSettings settings, AuditLog audit, Clock clock,
			@Value("${guichet.base-url}") String baseUrl, TaskExecutor mailExecutor) {
		this.mailExecutor = mailExecutor;
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.engine = engine;
		this.tokens = tokens;
		this.mailer = mailer;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Whether this staff user may act on the contact's access (rights, revocation, new
	 * invitations): its sponsor or an admin; anyone (but viewers) while it has none.
	 */
	@Transactional(readOnly = true)
	public boolean mayManage(UUID contactId, String user, boolean admin) {
		return admin || this.accesses.findByContactId(contactId)
			.map((access) -> access.getSponsor() == null || user.equals(access.getSponsor()))
			.orElse(true);
	}

	/** Ends the access at once: REVOKED, its links dead, its process instances ended. */
	@Transactional
	public void revoke(UUID contactId, boolean notify, Actor actor) {
		PortalAccess access = accessOf(contactId);
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
			Mail notice = new Mail(contact.email(), Lifecycle.localeOf(contact, client), "revoked",
					Map.of("name", contact.fullName(), "company", client.map(ClientSummary::name).orElse("")),
					client.map(ClientSummary::name).orElse("Guichet"));
			// the revocation stands even if SMTP is down: the notice leaves after the
			// commit
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AccessAdmin.this.mailExecutor.execute(() -> sendQuietly(notice));
				}
			});
		}
	}

	/**
	 * Role, permissions and expiry date: only the sponsor or an admin may change them.
	 */
	@Transactional
	public void changeRights(UUID contactId, Role role, List<String> permissions, LocalDate expiresOn, Actor actor,
			boolean admin) {
		changeRights(contactId, role, permissions, accessOf(contactId).getResourceProfilesMax(), expiresOn, actor,
				admin);
	}

	/**
	 * The same, with the maximum count of the resource-profiles permission: required with
	 * that permission (1 to 1000), dropped without it.
	 */
	@Transactional
	public void changeRights(UUID contactId, Role role, List<String> permissions, Integer resourceProfilesMax,
			LocalDate expiresOn, Actor actor, boolean admin) {
		PortalAccess access = accessOf(contactId);
		if (!admin && !actor.name().equals(access.getSponsor())) {
			throw new AccessDeniedException("only the sponsor or an admin may change the rights of this access");
		}
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
	 * moved.
	 */
	@EventListener
	@Transactional
	public void clientPeriodChanged(ClientPeriodChanged event) {
		List<UUID> contactIds = this.contacts.idsOfClient(event.clientId());
		this.accesses.findByStateAndContactIdIn(AccessState.ACTIVE, contactIds)
			.forEach((access) -> this.engine.deadlinesChanged(access.getId()));
	}

	/** An e-mail that reminds an active contact where and how to sign in. */
	@Transactional(readOnly = true)
	public void sendReminder(UUID contactId, Actor actor) {
		PortalAccess access = accessOf(contactId);
		if (access.getState() != AccessState.ACTIVE) {
			throw new ConflictException("guichet.access.not-active");
		}
		ContactCard contact = this.contacts.get(contactId);
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("email", contact.email());
		model.put("company", client.map(ClientSummary::name).orElse(""));
		model.put("link", this.baseUrl + "/portal/login");
		this.mailer.send(new Mail(contact.email(), Lifecycle.localeOf(contact, client), "reminder", model,
				client.map(ClientSummary::name).orElse("Guichet")));
	}

	/**
	 * A single-use link to choose a new password (older reset links die). Sends nothing
	 * for an access that is not active; the caller decides what it may say about that.
	 * Joins the caller's transaction: the e-mail leaves after its commit.
	 */
	@Transactional
	public boolean sendPasswordReset(UUID accessId, Actor actor) {
		PortalAccess access = this.accesses.findById(accessId).orElseThrow(() -> new NotFoundException("access"));
		if (access.getState() != AccessState.ACTIVE) {
			return false;
		}
		Instant now = this.clock.instant();
		String token = this.tokens.issue(accessId, AccessToken.Purpose.RESET, now, this.settings.resetLinkLifespan());
		ContactCard contact = this.contacts.get(access.getContactId());
		this.audit.record(AuditLog.CONTACT, contact.id(), "PASSWORD_RESET_SENT", actor, null);
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Locale locale = Lifecycle.localeOf(contact, client);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", contact.fullName());
		model.put("link", this.baseUrl + "/portal/password-reset/new?token=" + token);
		model.put("validUntil", Dates.format(now.plus(this.settings.resetLinkLifespan()), locale));
		Mail mail = new Mail(contact.email(), locale, "password-reset", model);
		// the link must work the moment the e-mail arrives: it leaves once the token is
		// committed (an SMTP failure still reaches the caller)
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				AccessAdmin.this.mailer.send(mail);
			}
		});
		return true;
	}

	@Transactional
	public void sendPasswordResetTo(UUID contactId, Actor actor) {
		PortalAccess access = accessOf(contactId);
		if (!sendPasswordReset(access.getId(), actor)) {
			throw new ConflictException("guichet.access.not-active");
		}
	}

	private void sendQuietly(Mail mail) {
		try {
			this.mailer.send(mail);
		}
		catch (RuntimeException ex) {
			log.warn("Revocation notice to {} not sent: {}", mail.to(), ex.getMessage());
		}
	}

	private PortalAccess accessOf(UUID contactId) {
		this.contacts.get(contactId);
		return this.accesses.findByContactId(contactId).orElseThrow(() -> new ConflictException("guichet.access.none"));
	}

}
