/**
 * Admin documents of clients and their reminders.
 */
@ApplicationModule(displayName = "Documents",
		allowedDependencies = { "common", "audit", "client", "console", "notification", "staff" })
package io.guichet.document;

import org.springframework.modulith.ApplicationModule;
