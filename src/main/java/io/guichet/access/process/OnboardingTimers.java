package io.guichet.access.process;

import io.guichet.access.OnboardingSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings the BPMN reads in expressions: {@code ${onboardingTimers.reinviteAfter}},
 * {@code ${onboardingTimers.maxReinvitations}} and
 * {@code ${onboardingTimers.mailRetryCycle}}.
 */
@Component("onboardingTimers")
public class OnboardingTimers {

	private final OnboardingSettings settings;

	private final String mailRetryCycle;

	OnboardingTimers(OnboardingSettings settings, @Value("${guichet.mail.retry-cycle}") String mailRetryCycle) {
		this.settings = settings;
		this.mailRetryCycle = mailRetryCycle;
	}

	public String getReinviteAfter() {
		return this.settings.reinviteAfter().toString();
	}

	public int getMaxReinvitations() {
		return this.settings.maxReinvitations();
	}

	public String getMailRetryCycle() {
		return this.mailRetryCycle;
	}

}
