package io.guichet.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of Guichet. */
@Configuration(proxyBeanMethods = false)
class EngineClock {

	/**
	 * Guichet's clock follows the engine's, so that process tests that move the engine's
	 * time move token lifespans and cool-downs with it.
	 */
	@Bean
	Clock clock() {
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return ZoneId.systemDefault();
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return Clock.fixed(instant(), zone);
			}

			@Override
			public Instant instant() {
				return ClockUtil.getCurrentTime().toInstant();
			}

		};
	}

}
