/**
 * The append-only history of clients and contacts.
 */
@ApplicationModule(displayName = "History", allowedDependencies = { "common" })
package io.guichet.audit;

import org.springframework.modulith.ApplicationModule;
