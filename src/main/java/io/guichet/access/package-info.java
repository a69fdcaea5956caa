/**
 * A contact's way in and out of the portal: registrations, review, invitations,
 * activation, sign-in, lifecycle, rights and revocation; the rules every door (API,
 * console, portal, Tasklist, engine REST, import) goes through.
 */
@ApplicationModule(displayName = "Portal access",
		allowedDependencies = { "common", "audit", "client", "console", "contact", "engine", "notification", "staff" })
package io.guichet.access;

import org.springframework.modulith.ApplicationModule;
