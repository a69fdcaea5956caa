package io.guichet.console;

import java.util.Map;
import java.util.Set;

import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.PageDates;
import jakarta.validation.ConstraintViolation;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** The console's words in the reader's language: notices, refusals and field errors. */
@Component
public class ConsoleTexts {

	private final MessageSource messages;

	ConsoleTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** A refusal, with the date it lifts when there is one (a re-send cool-down). */
	public String text(ConflictException ex) {
		if (ex.retryAfter() != null) {
			return text(ex.messageKey(), PageDates.INSTANCE.format(ex.retryAfter()));
		}
		return text(ex.messageKey(), ex.args());
	}

	/** Adds each violated field's first message to the errors shown next to fields. */
	public <T> void addViolations(Set<ConstraintViolation<T>> violations, Map<String, String> errors) {
		violations.forEach((v) -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
	}

	public void addErrors(FieldErrorsException ex, Map<String, String> errors) {
		ex.errors().forEach((e) -> errors.putIfAbsent(e.field(), text(e.messageKey(), e.args())));
	}

	/**
	 * Puts a service's refusal into a page's binding result: each error next to its
	 * field, or above the form when the page has no such field.
	 */
	public void reject(FieldErrorsException ex, BindingResult result) {
		ex.errors().forEach((error) -> {
			String message = text(error.messageKey(), error.args());
			try {
				result.rejectValue(error.field(), error.messageKey(), error.args(), message);
			}
			catch (NotReadablePropertyException notAField) {
				result.reject(error.messageKey(), error.args(), message);
			}
		});
	}

}
