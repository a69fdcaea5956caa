package io.guichet.audit;

import java.time.Instant;

/** One line of a client's or contact's history. */
public record HistoryEntry(String action, String actor, String details, Instant occurredAt) {
}
