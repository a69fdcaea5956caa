package io.guichet.access;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in contact's changes to their own account: their password, and the part of
 * their card they may keep up to date themselves. The contact is the actor in the
 * history.
 */
@Service
public class OwnAccount {

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	OwnAccount(PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients,
			PasswordEncoder passwords, PasswordPolicy policy, AuditLog audit, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The fields the contact may change, as their card has them now. */
	public AccountDetails details(UUID accessId) {
		ContactDetails card = this.contacts.get(active(accessId).getContactId()).details();
		return new AccountDetails(card.firstName(), card.lastName(), card.phone(), card.mobile(), card.otherChannel(),
				card.language());
	}

	/**
	 * Changes the password if {@code current} is the access's one and the new one follows
	 * {@link PasswordPolicy}; returns the new session stamp (the other sessions of the
	 * access end, see {@link PortalSignIn#sessionStamp}). A wrong current password is the
	 * error of field {@code currentPassword}; hashing happens outside the transaction.
	 */
	public String changePassword(UUID accessId, String current, String password, String confirmation) {
		PortalAccess access = active(accessId);
		String hash = access.getPasswordHash();
		boolean matches = current != null && current.length() <= PortalSignIn.MAX_SIGN_IN_LENGTH && hash != null
				&& this.passwords.matches(current, hash);
		if (!matches) {
			throw FieldErrorsException.of("currentPassword", "guichet.password.current-wrong");
		}
		this.policy.check(password, confirmation, this.contacts.get(access.getContactId()));
		String newHash = this.passwords.encode(password);
		return this.transactions.execute((status) -> {
			PortalAccess now = active(accessId);
			if (!hash.equals(now.getPasswordHash())) {
				// changed meanwhile (a reset): the current password given is no longer it
				throw FieldErrorsException.of("currentPassword", "guichet.password.current-wrong");
			}
			now.changePassword(newHash, this.clock.instant());
			this.audit.record(AuditLog.CONTACT, now.getContactId(), "PASSWORD_CHANGED", Actor.contact(), null);
			return PortalSignIn.fingerprint(newHash);
		});
	}

	/**
	 * Writes these fields to the contact's card, the rest unchanged; no language means
	 * the client's (as for staff). Returns what changed, also in the history.
	 */
	public List<String> update(UUID accessId, AccountDetails details) {
		return this.transactions.execute((status) -> {
			PortalAccess access = active(accessId);
			ContactCard card = this.contacts.get(access.getContactId());
			ContactDetails d = card.details();
			String language = (details.language() != null && !details.language().isBlank()) ? details.language()
					: (card.clientId() != null) ? this.clients.find(card.clientId()).orElseThrow().language() : null;
			ContactDetails changed = new ContactDetails(d.salutation(), details.firstName(), d.middleName(),
					details.lastName(), d.suffix(), d.jobTitle(), d.department(), d.email(), d.email2(), d.email3(),
					details.phone(), details.mobile(), d.otherPhone(), details.otherChannel(), language, d.privacy(),
					d.comments(), d.address());
			return this.contacts.update(card.id(), card.clientId(), changed, Actor.contact());
		});
	}

	private PortalAccess active(UUID accessId) {
		return this.accesses.findById(accessId)
			.filter((access) -> access.getState() == AccessState.ACTIVE)
			.orElseThrow(() -> new NotFoundException("access"));
	}

}
