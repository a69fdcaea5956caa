package io.guichet.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Issues and finds single-use link tokens: 256 random bits from a secure source, handed
 * out once in the link and stored only as their SHA-256.
 */
@Component
class Tokens {

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final AccessTokenRepository tokens;

	Tokens(AccessTokenRepository tokens) {
		this.tokens = tokens;
	}

	/** A new token for the access; every older one of the same purpose stops working. */
	String issue(UUID accessId, AccessToken.Purpose purpose, Instant now, Duration lifespan) {
		this.tokens.findByAccessIdAndPurpose(accessId, purpose).forEach((token) -> token.supersede(now));
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new AccessToken(accessId, purpose, hash(raw), now, now.plus(lifespan)));
		return raw;
	}

	Optional<AccessToken> find(String raw, AccessToken.Purpose purpose) {
		if (raw == null || raw.isBlank() || raw.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(raw.strip())).filter((token) -> token.getPurpose() == purpose);
	}

	/**
	 * Every token of the access stops working (activation done, invitation expired,
	 * access revoked).
	 */
	void killAll(UUID accessId, Instant now) {
		this.tokens.findAllOfAccess(accessId).forEach((token) -> token.supersede(now));
	}

	static String hash(String raw) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
