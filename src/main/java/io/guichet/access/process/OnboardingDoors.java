package io.guichet.access.process;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.guichet.access.ReviewChoices;
import io.guichet.engine.FormVariables;
import io.guichet.engine.TaskFormData;
import io.guichet.engine.TasklistEntry;
import io.guichet.staff.StaffGroups;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What ContactOnboarding opens to people in Camunda: the Tasklist start form and filter,
 * and the only variables a person may send it (those of its two forms; Guichet sets the
 * rest).
 */
@Configuration(proxyBeanMethods = false)
class OnboardingDoors {

	/** {@code forms/registerContact.form} */
	static final Set<String> START_FORM = Set.of("firstName", "lastName", "email", "clientName", "role", "phone",
			"mobile", "otherChannel", "language");

	/** {@code forms/reviewRegistration.form}: the variables of SPEC §7. */
	static final Set<String> REVIEW_FORM = Set.of(OnboardingProcess.VAR_DECISION, OnboardingProcess.VAR_ROLE,
			OnboardingProcess.VAR_CLIENT_ID, OnboardingProcess.VAR_REJECTION_REASON, OnboardingProcess.VAR_EXPIRES_ON,
			OnboardingProcess.VAR_PERMISSIONS);

	@Bean
	TasklistEntry registrationsToReview() {
		return new TasklistEntry(OnboardingProcess.KEY, "Registrations to review · Inscriptions à examiner",
				"Self-registrations waiting for an approver · Inscriptions en attente d'un approbateur",
				OnboardingProcess.TASK_REVIEW_REGISTRATION, StaffGroups.APPROVERS);
	}

	/**
	 * The review form's contact, company and clients, read for the approver who opens it
	 * (the instance carries only the access id).
	 */
	@Bean
	TaskFormData reviewFormData(ReviewChoices choices) {
		return (taskDefinitionKey, businessKey, viewer) -> {
			if (!OnboardingProcess.TASK_REVIEW_REGISTRATION.equals(taskDefinitionKey)) {
				return Optional.empty();
			}
			try {
				return Optional.of(choices.forReview(UUID.fromString(businessKey), viewer));
			}
			catch (IllegalArgumentException ex) {
				// not an access id: not one of Guichet's registrations
				return Optional.empty();
			}
		};
	}

	@Bean
	FormVariables onboardingForms() {
		return new FormVariables() {

			@Override
			public Optional<Set<String>> ofTask(String taskDefinitionKey) {
				return OnboardingProcess.TASK_REVIEW_REGISTRATION.equals(taskDefinitionKey) ? Optional.of(REVIEW_FORM)
						: Optional.empty();
			}

			@Override
			public Optional<Set<String>> ofStart(String processDefinitionKey) {
				return OnboardingProcess.KEY.equals(processDefinitionKey) ? Optional.of(START_FORM) : Optional.empty();
			}

		};
	}

}
