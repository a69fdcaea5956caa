package io.guichet.common;

import java.util.Set;

/**
 * The portal permissions (SPEC §2), granted per access and overridden per project.
 */
public final class PortalPermissions {

	public static final Set<String> ALL = Set.of("TEAM_FOLDERS", "PROJECT_REVIEW", "INVOICE_REVIEW", "ONLINE_SUPPORT",
			"CLOSE_REQUESTS", "WORKFLOW_PARTICIPATION", "RESOURCE_PROFILES");

	private PortalPermissions() {
	}

}
