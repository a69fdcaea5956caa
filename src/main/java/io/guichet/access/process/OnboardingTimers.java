package io.guichet.access.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import io.guichet.access.OnboardingSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings the BPMN reads in expressions: {@code ${onboardingTimers.reinviteAfter}},
 * {@code ${onboardingTimers.maxReinvitations}} and
 * {@code ${onboardingTimers.mailRetryCycle}}, and the count of automatic re-invitations
 * its gateway compares with the second.
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

	/**
	 * {@code ${onboardingTimers.reinvitationsLeft(execution)}}: fewer automatic
	 * re-invitations so far than {@code guichet.invitation.max-reinvitations}.
	 */
	public boolean reinvitationsLeft(DelegateExecution execution) {
		return automaticReinvitations(execution) < this.settings.maxReinvitations();
	}

	/**
	 * {@code ${onboardingTimers.countReinvitation(execution)}}, on the way to the e-mail.
	 */
	public void countReinvitation(DelegateExecution execution) {
		execution.setVariable(OnboardingProcess.VAR_AUTOMATIC_REINVITATIONS, automaticReinvitations(execution) + 1);
	}

	private static int automaticReinvitations(DelegateExecution execution) {
		return (execution.getVariable(OnboardingProcess.VAR_AUTOMATIC_REINVITATIONS) instanceof Number count)
				? count.intValue() : 0;
	}

}
