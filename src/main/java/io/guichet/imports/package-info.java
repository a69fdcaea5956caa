/**
 * CSV import (dry run, background run, report) and export of contacts, through the same
 * rules as the API.
 */
@ApplicationModule(displayName = "Imports",
		allowedDependencies = { "common", "audit", "access", "client", "console", "contact", "notification", "staff" })
package io.guichet.imports;

import org.springframework.modulith.ApplicationModule;
