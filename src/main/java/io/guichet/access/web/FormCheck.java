package io.guichet.access.web;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * When one of a contact form's values could not be read (a bad date, an unknown client),
 * Spring checks the others one by one but not the constraints on the whole form (at least
 * one phone, mobile or other channel): validated here, so that every error shows at once.
 */
@Component
class FormCheck {

	private final SpringValidatorAdapter validator;

	FormCheck(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** Validates the form if a value could not be read; the errors go to their fields. */
	void validateRest(Object form, BindingResult result) {
		if (form != null && result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			this.validator.validate(form, result);
		}
	}

}
