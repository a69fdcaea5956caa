package io.guichet.console;

import io.guichet.config.StaffGroups;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Staff levels of seed 002 on console pages: admins and staff write, group guichet-viewer
 * only reads. The console's security chain lets every reader in, so each change checks
 * here (the API refuses them in its chain).
 */
final class StaffLevel {

	private static final String ADMIN = StaffGroups.authority(StaffGroups.ADMIN);

	private static final String STAFF = StaffGroups.authority(StaffGroups.STAFF);

	private StaffLevel() {
	}

	static boolean mayWrite(Authentication user) {
		return user != null && user.getAuthorities()
			.stream()
			.anyMatch((a) -> ADMIN.equals(a.getAuthority()) || STAFF.equals(a.getAuthority()));
	}

	/** Refuses (403) a change asked by a reader. */
	static void requireWriter(Authentication user) {
		if (!mayWrite(user)) {
			throw new AccessDeniedException("Read-only staff user");
		}
	}

}
