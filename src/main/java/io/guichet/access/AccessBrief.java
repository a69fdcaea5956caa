package io.guichet.access;

import java.util.UUID;

/** The state and role of a contact's access, read for many contacts at once. */
public record AccessBrief(UUID accessId, UUID contactId, AccessState state, Role role) {
}
