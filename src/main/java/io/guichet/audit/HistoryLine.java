package io.guichet.audit;

import java.time.Instant;

/**
 * One line of a history as a person reads it: what happened and its details in their
 * language, names instead of ids ({@link HistoryTexts}).
 */
public record HistoryLine(Instant occurredAt, String actor, String action, String details) {
}
