package io.guichet.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guichet.invitation.*}: the automatic re-invitation delay (also the manual
 * re-send cool-down and the lifespan of an invitation link) and how many automatic
 * re-invitations are sent before the invitation expires.
 */
@ConfigurationProperties("guichet.invitation")
public record OnboardingSettings(@DefaultValue("PT24H") Duration reinviteAfter,
		@DefaultValue("3") int maxReinvitations) {

}
