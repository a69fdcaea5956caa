package io.guichet.staff;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Counts the writes this instance made to staff users, groups and memberships: a password
 * checked before the count moved is checked again ({@link StaffCredentials}). It needs
 * nothing, so the identity store's hook can reach it while the engine is still being
 * built (the first admin of {@code camunda.bpm.admin-user.*} is saved then).
 */
@Component
public class IdentityChanges {

	private final AtomicLong count = new AtomicLong();

	public void changed() {
		this.count.incrementAndGet();
	}

	/** Moves at every change: what was read of staff users before it moved is stale. */
	public long count() {
		return this.count.get();
	}

}
