package io.guichet.client;

import java.util.UUID;

/** A client's id and name: an entry of a list to choose from. */
public record ClientName(UUID id, String name) {
}
