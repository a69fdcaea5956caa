/**
 * Projects, their clients and their contacts with rates and permission overrides.
 */
@ApplicationModule(displayName = "Projects",
		allowedDependencies = { "common", "access", "audit", "client", "console", "contact", "notification", "staff" })
package io.guichet.project;

import org.springframework.modulith.ApplicationModule;
