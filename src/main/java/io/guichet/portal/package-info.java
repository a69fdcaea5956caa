/**
 * The contacts' pages: activation, sign-in, their access, registration, password reset
 * and the managers' team page.
 */
@ApplicationModule(displayName = "Portal", allowedDependencies = { "common", "access", "contact", "project" })
package io.guichet.portal;

import org.springframework.modulith.ApplicationModule;
