package io.guichet.access.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.guichet.access.OnboardingEngine;
import io.guichet.access.ReviewForm;
import io.guichet.engine.OwnEngineCalls;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

@Component
class CamundaOnboardingEngine implements OnboardingEngine {

	private final RuntimeService runtime;

	CamundaOnboardingEngine(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void start(ReviewForm form) {
		OwnEngineCalls.run(() -> this.runtime.createMessageCorrelation(OnboardingProcess.MESSAGE_REGISTRATION_RECEIVED)
			.processInstanceBusinessKey(form.accessId().toString())
			.setVariables(variables(form))
			.correlateStartMessage());
	}

	@Override
	public boolean accessActivated(UUID accessId) {
		return correlate(OnboardingProcess.MESSAGE_ACCESS_ACTIVATED, accessId);
	}

	@Override
	public boolean resendRequested(UUID accessId) {
		return correlate(OnboardingProcess.MESSAGE_RESEND_REQUESTED, accessId);
	}

	private boolean correlate(String message, UUID accessId) {
		try {
			OwnEngineCalls.run(() -> this.runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(accessId.toString())
				.correlateWithResult());
			return true;
		}
		catch (MismatchingMessageCorrelationException | OptimisticLockingException ex) {
			// not waiting for this message, or moving on concurrently (a timer firing)
			return false;
		}
	}

	/** The variables the review form shows; only ids and plain values, never entities. */
	Map<String, Object> variables(ReviewForm form) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(OnboardingProcess.VAR_ACCESS_ID, form.accessId().toString());
		variables.put("contactId", form.contactId().toString());
		variables.put(OnboardingProcess.VAR_PRE_APPROVED, form.preApproved());
		variables.put("contactName", form.contactName());
		variables.put("email", form.email());
		variables.put("phone", orDash(form.phone()));
		variables.put("mobile", orDash(form.mobile()));
		variables.put("otherChannel", orDash(form.otherChannel()));
		variables.put("companyAsTyped", orDash(form.companyAsTyped()));
		variables.put("proposedClientName", orDash(form.proposedClientName()));
		variables.put("requestedRole", form.requestedRole().name());
		variables.put(OnboardingProcess.VAR_ROLE, form.requestedRole().name());
		variables.put(OnboardingProcess.VAR_CLIENT_ID,
				(form.proposedClientId() != null) ? form.proposedClientId().toString() : null);
		variables.put("proposedApprover", form.proposedApprover());
		variables.put(OnboardingProcess.VAR_AUTOMATIC_REINVITATIONS, 0);
		return variables;
	}

	private static String orDash(String value) {
		return (value == null || value.isBlank()) ? "—" : value;
	}

}
