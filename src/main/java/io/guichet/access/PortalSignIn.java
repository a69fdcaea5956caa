package io.guichet.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.common.Actor;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contacts signing in: password checks, the last-access time (the only thing a login
 * writes, never the process engine), and the password-reset link.
 */
@Service
public class PortalSignIn {

	private static final Logger log = LoggerFactory.getLogger(PortalSignIn.class);

	/**
	 * As {@link PortalAccessRepository#recordAccess}, and only while the access is
	 * active.
	 */
	private static final String RECORD_ACTIVITY = "update portal_access set last_access_at = :at, version = version + 1"
			+ " where id = :id and state = :active and (last_access_at is null or last_access_at < :at)";

	/**
	 * Longer inputs are refused at sign-in without being hashed. The longest password the
	 * earlier rule let contacts set (128 UTF-16 units), and room for 64 code points of
	 * any kind: the rules of {@link PasswordPolicy} apply when a password is set, not
	 * here.
	 */
	static final int MAX_SIGN_IN_LENGTH = 128;

	private final PortalAccessRepository accesses;

	private final Deadlines deadlines;

	private final ContactQueries queries;

	private final Tokens tokens;

	private final ApplicationEventPublisher events;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final ContactBook contacts;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final TransactionTemplate readOnly;

	private final JdbcClient sql;

	/** Compared against when the e-mail is unknown, so that both answers take as long. */
	private final String decoyHash;

	PortalSignIn(PortalAccessRepository accesses, Deadlines deadlines, ContactQueries queries, Tokens tokens,
			ApplicationEventPublisher events, PasswordEncoder passwords, PasswordPolicy policy, ContactBook contacts,
			AuditLog audit, Clock clock, PlatformTransactionManager transactionManager, JdbcClient sql) {
		this.sql = sql;
		this.transactions = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.accesses = accesses;
		this.deadlines = deadlines;
		this.queries = queries;
		this.tokens = tokens;
		this.events = events;
		this.passwords = passwords;
		this.policy = policy;
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
		this.decoyHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * The access of this e-mail and password if it may enter now; empty for every kind of
	 * failure. The password is checked outside any transaction (no connection is held
	 * while hashing); the last-access time is then written by one UPDATE that two logins
	 * of the same access at the same moment cannot make fail.
	 */
	public Optional<AccessSummary> authenticate(String email, String password) {
		Candidate candidate = this.readOnly.execute((status) -> candidate(email));
		boolean matches = password != null && password.length() <= MAX_SIGN_IN_LENGTH
				&& this.passwords.matches(password, candidate.hash());
		if (candidate.accessId() == null || !matches) {
			return Optional.empty();
		}
		return this.transactions.execute((status) -> {
			boolean mayEnter = this.accesses.findById(candidate.accessId())
				.filter((access) -> access.getState() == AccessState.ACTIVE
						&& candidate.hash().equals(access.getPasswordHash()) && !this.deadlines.isPast(access))
				.isPresent();
			if (!mayEnter) {
				return Optional.<AccessSummary>empty();
			}
			this.accesses.recordAccess(candidate.accessId(), this.clock.instant());
			return this.accesses.findById(candidate.accessId()).map(this.queries::summary);
		});
	}

	/** The access that may sign in with this e-mail and its hash, or the decoy hash. */
	private Candidate candidate(String email) {
		Optional<PortalAccess> found = (email == null || email.isBlank() || email.length() > 254) ? Optional.empty()
				: this.accesses.findByEmailKey(PortalAccess.emailKey(email))
					.filter((access) -> access.getState() == AccessState.ACTIVE && access.getPasswordHash() != null);
		return found.map((access) -> new Candidate(access.getId(), access.getPasswordHash()))
			.orElse(new Candidate(null, this.decoyHash));
	}

	/**
	 * A login made elsewhere (the real portal): only the last-access time moves. One read
	 * (the access with its client's inactivity period), then one UPDATE that moves the
	 * time forward only while the access is still active: two statements in autocommit,
	 * no transaction around them (a revocation in between wins, as it would after).
	 */
	public void recordActivity(UUID accessId) {
		switch (this.deadlines.checkActivity(accessId)) {
			case UNKNOWN -> throw new NotFoundException("access");
			case NOT_ACTIVE -> throw new io.guichet.common.ConflictException("guichet.access.not-active");
			case OPEN -> this.sql.sql(RECORD_ACTIVITY)
				.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.param("id", accessId)
				.param("active", AccessState.ACTIVE.name())
				.update();
		}
	}

	/**
	 * What a portal session is opened with, and stays valid with: present while the
	 * access is active, and the same only while its password is (a fingerprint of its
	 * hash).
	 */
	@Transactional(readOnly = true)
	public Optional<String> sessionStamp(UUID accessId) {
		return this.accesses.findById(accessId)
			.filter((access) -> access.getState() == AccessState.ACTIVE && access.getPasswordHash() != null)
			.map((access) -> fingerprint(access.getPasswordHash()));
	}

	static String fingerprint(String passwordHash) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	@Transactional(readOnly = true)
	public Optional<AccessSummary> summaryOf(UUID accessId) {
		return this.accesses.findById(accessId).map(this.queries::summary);
	}

	/**
	 * Sends a reset link if the e-mail has an active access. Looked up in the background
	 * ({@link ResetRequests}), so the answer and its timing are the same for every
	 * e-mail.
	 */
	public void requestReset(String email) {
		if (email == null || email.isBlank() || email.length() > 254) {
			return;
		}
		this.events.publishEvent(new ResetRequested(email));
	}

	@Transactional(readOnly = true)
	public Activation.LinkStatus checkReset(String rawToken) {
		Optional<AccessToken> token = this.tokens.find(rawToken, AccessToken.Purpose.RESET);
		if (token.isEmpty()) {
			return Activation.LinkStatus.UNKNOWN;
		}
		return statusOf(token.get());
	}

	@Transactional
	public Activation.LinkStatus resetPassword(String rawToken, String password, String confirmation) {
		Optional<AccessToken> found = this.tokens.find(rawToken, AccessToken.Purpose.RESET);
		if (found.isEmpty()) {
			return Activation.LinkStatus.UNKNOWN;
		}
		AccessToken token = found.get();
		Activation.LinkStatus status = statusOf(token);
		if (status != Activation.LinkStatus.VALID) {
			return status;
		}
		PortalAccess access = this.accesses.findById(token.getAccessId()).orElseThrow();
		this.policy.check(password, confirmation, this.contacts.get(access.getContactId()));
		Instant now = this.clock.instant();
		token.use(now);
		access.changePassword(this.passwords.encode(password), now);
		this.audit.record(AuditLog.CONTACT, access.getContactId(), "PASSWORD_CHANGED", Actor.contact(), null);
		return Activation.LinkStatus.ACTIVATED;
	}

	private Activation.LinkStatus statusOf(AccessToken token) {
		if (token.isUsed()) {
			return Activation.LinkStatus.USED;
		}
		PortalAccess access = this.accesses.findById(token.getAccessId()).orElseThrow();
		if (token.isSuperseded() || token.isExpired(this.clock.instant()) || access.getState() != AccessState.ACTIVE) {
			return Activation.LinkStatus.EXPIRED;
		}
		return Activation.LinkStatus.VALID;
	}

	private record Candidate(UUID accessId, String hash) {
	}

}
