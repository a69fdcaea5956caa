package io.guichet.access.process;

import java.util.stream.Collectors;

import io.guichet.common.FieldErrorsException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns rule violations found inside the engine into the exception Tasklist and the
 * engine REST API show as a 400 with its message, in the language of the person's
 * browser.
 */
@Component
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	FormFieldValidationException refuse(FieldErrorsException errors) {
		String text = errors.errors()
			.stream()
			.map((error) -> error.field() + ": "
					+ this.messages.getMessage(error.messageKey(), error.args(), error.messageKey(),
							LocaleContextHolder.getLocale()))
			.collect(Collectors.joining("; "));
		return new FormFieldValidationException(errors.errors().get(0).field(), text);
	}

}
