package io.guichet.access;

import java.util.UUID;

/**
 * The process engine as the access lifecycle sees it (one implementation, beside the
 * delegates).
 */
public interface LifecycleEngine {

	/** Starts an AccessLifecycle instance whose business key is the access id. */
	void start(UUID accessId);

	/**
	 * Ends every running instance about this access at once (lifecycle or onboarding).
	 */
	void revoked(UUID accessId);

	/**
	 * Tells a waiting lifecycle that the deadlines moved earlier (new expiry date,
	 * shorter period).
	 */
	void deadlinesChanged(UUID accessId);

}
