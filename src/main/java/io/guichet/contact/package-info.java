/**
 * Contact cards of client companies.
 */
@ApplicationModule(displayName = "Contacts", allowedDependencies = { "common", "audit", "client" })
package io.guichet.contact;

import org.springframework.modulith.ApplicationModule;
