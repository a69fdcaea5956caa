package io.guichet.client;

import java.time.Duration;
import java.util.UUID;

/** What other modules and the API see of a client. */
public record ClientSummary(UUID id, String name, String alias, String language, String website, String accountManager,
		Duration inactivityPeriod) {
}
