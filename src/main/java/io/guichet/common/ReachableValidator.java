package io.guichet.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class ReachableValidator implements ConstraintValidator<Reachable, Reachable.Channels> {

	@Override
	public boolean isValid(Reachable.Channels value, ConstraintValidatorContext context) {
		if (value == null || hasText(value.phone()) || hasText(value.mobile()) || hasText(value.otherChannel())) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode("phone")
			.addConstraintViolation();
		return false;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
