package io.guichet.access.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.guichet.access.NewContact;
import io.guichet.access.Onboarding;
import io.guichet.access.OnboardingStart;
import io.guichet.access.Registered;
import io.guichet.access.Role;
import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.engine.EngineUsers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * A registration typed by staff in the Tasklist start form (or sent to the start over
 * {@code /engine-rest}). The same rules as the API apply, for the authenticated user; a
 * refusal rolls the start back, so no instance is left behind.
 */
@Component("registerContactDelegate")
class RegisterContactDelegate implements JavaDelegate {

	private final Onboarding onboarding;

	private final ClientDirectory clients;

	private final Validator validator;

	private final Refusals refusals;

	private final EngineUsers users;

	RegisterContactDelegate(Onboarding onboarding, ClientDirectory clients, Validator validator, Refusals refusals,
			EngineUsers users) {
		this.onboarding = onboarding;
		this.clients = clients;
		this.validator = validator;
		this.refusals = refusals;
		this.users = users;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			// the authenticated user, never the initiator variable a caller may have sent
			Actor actor = this.users.current();
			NewContact request = read(execution, actor);
			Registered registered = this.onboarding.createInvitedContact(request, actor);
			execution.setProcessBusinessKey(registered.accessId().toString());
			execution.setVariables(
					CamundaOnboardingEngine.variables(new OnboardingStart(registered.accessId(), true, null)));
		}
		catch (FieldErrorsException ex) {
			throw this.refusals.refuse(ex);
		}
	}

	private NewContact read(DelegateExecution execution, Actor actor) {
		List<FieldError> errors = new ArrayList<>();
		String clientName = text(execution, "clientName");
		Optional<ClientSummary> client = this.clients.findByName(clientName, actor);
		if (client.isEmpty()) {
			errors.add(new FieldError("clientName", "guichet.contact.client-unknown"));
		}
		Role role = null;
		try {
			role = Role.valueOf(text(execution, "role"));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// reported by the validator below as a missing role
		}
		NewContact request = new NewContact(client.map(ClientSummary::id).orElse(new UUID(0L, 0L)),
				text(execution, "firstName"), text(execution, "lastName"), text(execution, "email"),
				text(execution, "phone"), text(execution, "mobile"), text(execution, "otherChannel"), role,
				emptyToNull(text(execution, "language")), true);
		for (ConstraintViolation<NewContact> violation : this.validator.validate(request)) {
			// already in the person's language: used as is where a message key would
			// stand
			errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return request;
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
