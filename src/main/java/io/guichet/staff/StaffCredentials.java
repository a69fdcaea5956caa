package io.guichet.staff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks a staff user's Camunda password (HTTP Basic on {@code /api} and
 * {@code /engine-rest}, the console's sign-in) and remembers a success for a short while,
 * so that a stateless client calling many times a second does not cost a user read, a
 * password hash and the group and tenant queries on every call.
 *
 * <p>
 * Only successes are remembered, under an HMAC of user and password with a key drawn at
 * start: a wrong or changed password never matches an entry, and every failure still
 * reaches Camunda (its lockout counts it). An entry lives {@code ttl} at most: that long,
 * on every instance that served it, a password changed or a group left in Camunda Admin
 * elsewhere still works with its old groups. Changes made through this instance's engine
 * forget every entry at once: {@link IdentityChanges} counts them, and an entry checked
 * before the count moved is never used again (the plugin cannot call this bean, which
 * needs the engine the plugin is configuring).
 */
@Component
public class StaffCredentials {

	private final StaffDirectory identity;

	private final Cache<String, Verified> verified;

	private final SecretKeySpec key;

	private final boolean enabled;

	private final LongSupplier identityChanges;

	@Autowired
	StaffCredentials(StaffDirectory identity, IdentityChanges changes,
			@Value("${guichet.security.staff-credentials.ttl:PT30S}") Duration ttl,
			@Value("${guichet.security.staff-credentials.max-size:1000}") long maxSize) {
		this(identity, ttl, maxSize, Ticker.systemTicker(), changes::count);
	}

	StaffCredentials(StaffDirectory identity, Duration ttl, long maxSize, Ticker ticker, LongSupplier identityChanges) {
		this.identity = identity;
		this.identityChanges = identityChanges;
		this.enabled = !ttl.isNegative() && !ttl.isZero() && maxSize > 0;
		this.verified = Caffeine.newBuilder()
			.expireAfterWrite(this.enabled ? ttl : Duration.ofNanos(1))
			.maximumSize(Math.max(maxSize, 0))
			.ticker(ticker)
			.build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** The user with its groups and tenants if the password is right, else empty. */
	public Optional<StaffMember> verify(String user, String password) {
		if (user == null || user.isBlank() || password == null) {
			return Optional.empty();
		}
		long changes = this.identityChanges.getAsLong();
		String entry = this.enabled ? entry(user, password) : null;
		Verified known = (entry != null) ? this.verified.getIfPresent(entry) : null;
		if (known != null && known.changes() == changes) {
			return Optional.of(known.staff());
		}
		if (!this.identity.checkPassword(user, password)) {
			return Optional.empty();
		}
		StaffMember staff = this.identity.load(user);
		if (entry != null) {
			this.verified.put(entry, new Verified(staff, changes));
		}
		return Optional.of(staff);
	}

	/** Forgets every verified password (a user, group or membership changed). */
	void forgetAll() {
		this.verified.invalidateAll();
	}

	private String entry(String user, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] name = user.getBytes(StandardCharsets.UTF_8);
			// the length keeps ("ab", "c") and ("a", "bc") apart
			mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
			mac.update(name);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	/** A check, with the number of identity changes counted before it was made. */
	private record Verified(StaffMember staff, long changes) {
	}

}
