package io.guichet.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guichet.imports.*}: the largest file accepted (in rows), the background workers
 * of each instance (imports run side by side) and the threads each of them writes lines
 * with, when a silent worker is presumed dead and its import taken over, how often that
 * is looked for, and how long finished imports (their lines hold personal data) are kept.
 */
@ConfigurationProperties("guichet.imports")
public record ImportSettings(@DefaultValue("20000") int maxRows, @DefaultValue("2") int workers,
		@DefaultValue("2") int writers, @DefaultValue("PT1M") Duration staleAfter,
		@DefaultValue("PT30S") Duration sweepInterval, @DefaultValue("P30D") Duration retention) {

}
