package io.guichet.client;

import java.util.UUID;

/**
 * A client's inactivity period changed: the lifecycles of its contacts must look again.
 */
public record ClientPeriodChanged(UUID clientId) {
}
