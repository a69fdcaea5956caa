package io.guichet.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guichet.access.*}: how long an active access lives without a login (overridable
 * per client), how long before expiry the warning goes out, and how long a password-reset
 * link works.
 */
@ConfigurationProperties("guichet.access")
public record AccessSettings(@DefaultValue("P30D") Duration inactivityPeriod,
		@DefaultValue("P5D") Duration expiryWarning, @DefaultValue("PT1H") Duration resetLinkLifespan) {
}
