package io.guichet.common;

import java.util.List;

/**
 * Input that breaks a business rule. Each error names the field and a message key of
 * messages*.properties, so the caller gets it in its own language.
 */
public class FieldErrorsException extends RuntimeException {

	private final List<FieldError> errors;

	public FieldErrorsException(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	public static FieldErrorsException of(String field, String messageKey, Object... args) {
		return new FieldErrorsException(List.of(new FieldError(field, messageKey, args)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	public record FieldError(String field, String messageKey, Object... args) {
	}

}
