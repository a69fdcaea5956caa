/**
 * Projects, their clients and their contacts with rates and permission overrides.
 */
@ApplicationModule(displayName = "Projects",
		allowedDependencies = { "common", "audit", "client", "contact", "notification" })
package io.guichet.project;

import org.springframework.modulith.ApplicationModule;
