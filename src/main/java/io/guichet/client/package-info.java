/**
 * Client companies, who may see them ({@code allowedUsers}) and their inactivity period.
 */
@ApplicationModule(displayName = "Clients", allowedDependencies = { "common", "audit", "console" })
package io.guichet.client;

import org.springframework.modulith.ApplicationModule;
