/**
 * E-mails: written in the reader's language from templates, sent once through the outbox,
 * by SMTP (or the in-process server of the embedded default).
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "common" })
package io.guichet.notification;

import org.springframework.modulith.ApplicationModule;
