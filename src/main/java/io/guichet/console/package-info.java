/**
 * The staff console's pages.
 */
@ApplicationModule(displayName = "Console",
		allowedDependencies = { "common", "audit", "access", "client", "contact", "document", "project", "staff" })
package io.guichet.console;

import org.springframework.modulith.ApplicationModule;
