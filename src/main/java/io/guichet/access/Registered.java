package io.guichet.access;

import java.util.UUID;

/**
 * The answer to a staff registration: the contact, and its access when it was invited.
 */
public record Registered(UUID id, UUID accessId) {
}
