package io.guichet.client;

import java.time.Duration;
import java.util.UUID;

/**
 * A client's summary read by a query of its own: no entity, so neither its allowed users
 * (an eager collection, one more query per client) nor its checks at every flush.
 */
record ClientRow(UUID id, String name, String alias, String language, String website, String accountManager,
		String inactivityPeriod) {

	static final String SELECT = "select new io.guichet.client.ClientRow(c.id, c.name, c.alias, c.language, c.website,"
			+ " c.accountManager, c.inactivityPeriod) from Client c ";

	ClientSummary toSummary() {
		return new ClientSummary(this.id, this.name, this.alias, this.language, this.website, this.accountManager,
				(this.inactivityPeriod != null) ? Duration.parse(this.inactivityPeriod) : null);
	}

}
