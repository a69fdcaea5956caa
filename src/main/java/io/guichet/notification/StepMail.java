package io.guichet.notification;

import java.util.function.Supplier;

/**
 * The e-mail of a process step, sent once under {@code key} however often the step runs
 * ({@link Notifications#sendOnce(java.util.List)}); {@code mail} is written in the
 * claim's transaction, with what the e-mail refers to (an activation link).
 */
public record StepMail(String key, Supplier<Mail> mail) {

	/**
	 * What became of a step's e-mail: sent now, sent before (neither sent now nor
	 * failed), or failed ({@code failure}: the step retries).
	 */
	public record Outcome(String key, boolean sentNow, RuntimeException failure) {

		/** Sent now or before: the step may go on. */
		public boolean delivered() {
			return this.failure == null;
		}

	}

}
