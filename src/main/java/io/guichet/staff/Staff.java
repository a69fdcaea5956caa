package io.guichet.staff;

import java.util.Collection;

import io.guichet.common.Actor;
import io.guichet.common.Forbidden;

import org.springframework.security.core.Authentication;

/**
 * The one definition of who a staff user is for Guichet's rules: its name, and whether it
 * is an admin (member of {@code camunda-admin}), whichever door it came through.
 */
public final class Staff {

	private Staff() {
	}

	/** The staff user Spring Security authenticated (REST, console). */
	public static Actor actor(Authentication user) {
		boolean admin = user.getAuthorities()
			.stream()
			.anyMatch((authority) -> StaffGroups.authority(StaffGroups.ADMIN).equals(authority.getAuthority()));
		return new Actor(user.getName(), admin);
	}

	/** A staff user with these Camunda groups (Tasklist, engine REST). */
	public static Actor actor(String userId, Collection<String> groups) {
		return new Actor(userId, groups != null && groups.contains(StaffGroups.ADMIN));
	}

	/** Staff and admins change things; viewers ({@code guichet-viewer}) only read. */
	public static boolean mayWrite(Authentication user) {
		return user != null && user.getAuthorities()
			.stream()
			.anyMatch((authority) -> StaffGroups.authority(StaffGroups.ADMIN).equals(authority.getAuthority())
					|| StaffGroups.authority(StaffGroups.STAFF).equals(authority.getAuthority()));
	}

	/** Refuses (403) a change asked by a reader. */
	public static void requireWriter(Authentication user) {
		if (!mayWrite(user)) {
			throw new Forbidden("guichet.forbidden.read-only", "read-only staff user");
		}
	}

	/** Whether this authenticated user is an admin. */
	public static boolean isAdmin(Authentication user) {
		return user != null && actor(user).admin();
	}

}
