package io.guichet.access.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.guichet.access.ReviewDecision;
import io.guichet.access.Role;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.common.PortalPermissions;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import org.springframework.stereotype.Component;

/**
 * Reads the variables of SPEC §7 that completing the review task sets, and checks their
 * form; the rules about the client are the module's
 * ({@code OnboardingSteps.checkDecision}).
 */
@Component
class ReviewDecisions {

	static final String APPROVE = "APPROVE";

	static final String REJECT = "REJECT";

	private static final int MAX_REASON = 1000;

	private final Clock clock;

	ReviewDecisions(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @param requested the role asked for, when the completion names none (the instance
	 * carries no role before the review)
	 */
	ReviewDecision parse(Map<String, Object> variables, Supplier<Role> requested) {
		List<FieldError> errors = new ArrayList<>();
		String decision = text(variables.get(OnboardingProcess.VAR_DECISION));
		boolean approved = APPROVE.equals(decision);
		if (!approved && !REJECT.equals(decision)) {
			errors.add(new FieldError("decision", "guichet.review.decision"));
		}
		Role role = null;
		try {
			String named = text(variables.get(OnboardingProcess.VAR_ROLE));
			role = (named != null) ? Role.valueOf(named) : requested.get();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.add(new FieldError("role", "guichet.validation.role"));
		}
		UUID clientId = null;
		String client = text(variables.get(OnboardingProcess.VAR_CLIENT_ID));
		if (approved) {
			try {
				clientId = UUID.fromString(client);
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				errors.add(new FieldError("clientId", "guichet.review.client-required"));
			}
		}
		String reason = text(variables.get(OnboardingProcess.VAR_REJECTION_REASON));
		if (REJECT.equals(decision) && (reason == null || reason.isBlank())) {
			errors.add(new FieldError("rejectionReason", "guichet.review.reason-required"));
		}
		else if (reason != null && reason.length() > MAX_REASON) {
			errors.add(new FieldError("rejectionReason", "guichet.validation.size"));
		}
		LocalDate expiresOn = null;
		String expires = text(variables.get(OnboardingProcess.VAR_EXPIRES_ON));
		if (expires != null && !expires.isBlank()) {
			try {
				expiresOn = LocalDate.parse(expires.length() > 10 ? expires.substring(0, 10) : expires);
				if (!expiresOn.isAfter(LocalDate.now(this.clock))) {
					errors.add(new FieldError("expiresOn", "guichet.review.expiry-past"));
				}
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError("expiresOn", "guichet.review.expiry-format"));
			}
		}
		List<String> permissions = permissions(variables.get(OnboardingProcess.VAR_PERMISSIONS), errors);
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return new ReviewDecision(approved, role, clientId, approved ? null : reason.strip(), expiresOn, permissions);
	}

	/**
	 * Writes back the checked values, typed, so the rest of the process reads clean
	 * variables.
	 */
	void store(ReviewDecision decision, VariableScope scope) {
		scope.setVariable(OnboardingProcess.VAR_DECISION, decision.approved() ? APPROVE : REJECT);
		scope.setVariable(OnboardingProcess.VAR_ROLE, decision.role().name());
		scope.setVariable(OnboardingProcess.VAR_CLIENT_ID,
				(decision.clientId() != null) ? decision.clientId().toString() : null);
		scope.setVariable(OnboardingProcess.VAR_REJECTION_REASON, decision.rejectionReason());
		scope.setVariable(OnboardingProcess.VAR_EXPIRES_ON,
				(decision.expiresOn() != null) ? decision.expiresOn().toString() : null);
		scope.setVariable(OnboardingProcess.VAR_PERMISSIONS, String.join(",", decision.permissions()));
	}

	/** Reads back what {@link #store} wrote. */
	ReviewDecision read(VariableScope scope) {
		String client = (String) scope.getVariable(OnboardingProcess.VAR_CLIENT_ID);
		String expires = (String) scope.getVariable(OnboardingProcess.VAR_EXPIRES_ON);
		String permissions = (String) scope.getVariable(OnboardingProcess.VAR_PERMISSIONS);
		return new ReviewDecision(APPROVE.equals(scope.getVariable(OnboardingProcess.VAR_DECISION)),
				Role.valueOf((String) scope.getVariable(OnboardingProcess.VAR_ROLE)),
				(client != null) ? UUID.fromString(client) : null,
				(String) scope.getVariable(OnboardingProcess.VAR_REJECTION_REASON),
				(expires != null) ? LocalDate.parse(expires) : null,
				(permissions == null || permissions.isBlank()) ? List.of() : List.of(permissions.split(",")));
	}

	private static List<String> permissions(Object value, List<FieldError> errors) {
		List<String> names = new ArrayList<>();
		if (value == null) {
			return names;
		}
		if (value instanceof SpinJsonNode node && node.isArray()) {
			node.elements().forEach((element) -> names.add(element.isString() ? element.stringValue() : "?"));
		}
		else if (value instanceof Collection<?> collection) {
			collection.forEach((element) -> names.add(String.valueOf(element)));
		}
		else if (value instanceof String string) {
			for (String part : string.split(",")) {
				if (!part.isBlank()) {
					names.add(part.strip());
				}
			}
		}
		else {
			names.add("?");
		}
		if (!PortalPermissions.ALL.containsAll(names)) {
			errors.add(new FieldError("permissions", "guichet.review.permissions"));
		}
		return names;
	}

	private static String text(Object value) {
		if (value instanceof SpinJsonNode node) {
			return node.isString() ? node.stringValue() : node.toString();
		}
		return (value != null) ? value.toString() : null;
	}

}
