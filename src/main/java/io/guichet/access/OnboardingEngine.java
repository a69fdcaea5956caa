package io.guichet.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The process engine as the onboarding sees it. The one implementation lives beside the
 * BPMN delegates, so that moving to another engine touches one package.
 */
public interface OnboardingEngine {

	/** Starts a ContactOnboarding instance whose business key is the access id. */
	void start(OnboardingStart start);

	/**
	 * Tells the waiting instance that the access was activated; false if none was
	 * waiting.
	 */
	boolean accessActivated(UUID accessId);

	/**
	 * Asks the waiting instance to send a new invitation now; false if none was waiting.
	 */
	boolean resendRequested(UUID accessId);

	/** Those of these review tasks that are still open. */
	Set<String> openReviewTasks(Collection<String> taskIds);

}
