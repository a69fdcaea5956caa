package io.guichet.access;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes activation and reset tokens that can no longer be used (expired, used or
 * superseded) once they have been dead for the retention period.
 */
@Service
public class TokenPurge {

	private final AccessTokenRepository tokens;

	private final Duration retention;

	TokenPurge(AccessTokenRepository tokens, @Value("${guichet.jobs.token-retention}") Duration retention) {
		this.tokens = tokens;
		this.retention = retention;
	}

	/** Returns how many tokens were deleted. */
	@Transactional
	public int run(Instant now) {
		return this.tokens.deleteDeadBefore(now.minus(this.retention));
	}

}
