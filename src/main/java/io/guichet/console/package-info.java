/**
 * The staff console's shell: its layout, its sign-in, what every console page shows
 * ({@link io.guichet.console.ConsolePages}); the pages live beside their feature.
 */
@ApplicationModule(displayName = "Console", allowedDependencies = { "common", "staff" })
package io.guichet.console;

import org.springframework.modulith.ApplicationModule;
