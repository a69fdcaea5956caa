/**
 * Wiring only: security chains, error answers, locale, OpenAPI, scheduling.
 */
@ApplicationModule(displayName = "Configuration", allowedDependencies = { "common", "staff" })
package io.guichet.config;

import org.springframework.modulith.ApplicationModule;
