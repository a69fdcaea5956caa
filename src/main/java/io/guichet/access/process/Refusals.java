package io.guichet.access.process;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.guichet.common.FieldErrorsException;
import io.guichet.common.FieldErrorsException.FieldError;
import io.guichet.engine.EngineRefusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns rule violations found inside the engine into the refusal Tasklist and the engine
 * REST API show as a 400: the sentences only, in the language of the person's browser (no
 * field key, task id or engine wording), logged in one line.
 */
@Component
class Refusals {

	/**
	 * Messages that do not say which field they are about (a validator's are resolved).
	 */
	private static final Set<String> GENERIC = Set.of("guichet.validation.required", "guichet.validation.size",
			"guichet.validation.single-line", "guichet.validation.phone", "guichet.validation.type");

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	EngineRefusal refuse(FieldErrorsException errors) {
		String text = errors.errors().stream().map(this::sentence).distinct().collect(Collectors.joining(" "));
		return new EngineRefusal(errors.errors().stream().map(FieldError::field).toList(), text);
	}

	/**
	 * A rule's own sentence ("Give a reason to reject."), or a generic one ("Required.",
	 * also a validator's) after the field's label: "First name: Required."
	 */
	private String sentence(FieldError error) {
		Locale locale = LocaleContextHolder.getLocale();
		String text = this.messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale);
		boolean generic = !error.messageKey().startsWith("guichet.") || GENERIC.contains(error.messageKey());
		String label = generic ? this.messages.getMessage("guichet.form-field." + error.field(), null, null, locale)
				: null;
		return (label != null)
				? this.messages.getMessage("guichet.form-field.refused", new Object[] { label, text }, locale) : text;
	}

}
