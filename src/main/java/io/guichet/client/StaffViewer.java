package io.guichet.client;

import org.springframework.security.core.Authentication;

/**
 * The staff user a list or a record is shown to: restricted clients are hidden from
 * others.
 */
public record StaffViewer(String name, boolean admin) {

	/** The application itself (processes, imports): sees every client. */
	public static final StaffViewer SYSTEM = new StaffViewer("system", true);

	public static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";

	public static StaffViewer of(Authentication user) {
		boolean admin = user.getAuthorities().stream().anyMatch((a) -> ADMIN_AUTHORITY.equals(a.getAuthority()));
		return new StaffViewer(user.getName(), admin);
	}

}
