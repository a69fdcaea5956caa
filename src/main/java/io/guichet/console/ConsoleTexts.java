package io.guichet.console;

import java.util.function.UnaryOperator;

import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.PageDates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's words in the reader's language: notices, refusals and field errors. */
@Component
public class ConsoleTexts {

	private final MessageSource messages;

	private final PageDates dates;

	ConsoleTexts(MessageSource messages, PageDates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	public String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** A refusal, with the date it lifts when there is one (a re-send cool-down). */
	public String text(ConflictException ex) {
		if (ex.retryAfter() != null) {
			return text(ex.messageKey(), this.dates.format(ex.retryAfter()));
		}
		return text(ex.messageKey(), ex.args());
	}

	/**
	 * Puts a service's refusal into a page's binding result: each error next to its field
	 * (keeping what was typed), or above the form when the page has no such field.
	 */
	public void reject(FieldErrorsException ex, BindingResult result) {
		reject(ex, result, UnaryOperator.identity());
	}

	/** The same, with the service's field names mapped to the page's. */
	public void reject(FieldErrorsException ex, BindingResult result, UnaryOperator<String> fieldOf) {
		for (FieldErrorsException.FieldError error : ex.errors()) {
			String field = fieldOf.apply(error.field());
			String message = text(error.messageKey(), error.args());
			if (result.getFieldType(field) == null) {
				result.reject(error.messageKey(), error.args(), message);
			}
			else if (!result.hasFieldErrors(field)) {
				addFieldError(result, field, error.messageKey(), error.args(), message);
			}
		}
	}

	/**
	 * An error next to the field, which keeps what was typed. Not {@code rejectValue}:
	 * after a type mismatch there is no target object to read the values from.
	 */
	public static void addFieldError(BindingResult result, String field, String messageKey, Object[] args,
			String message) {
		Object value = (result.getTarget() != null) ? result.getRawFieldValue(field) : result.getFieldValue(field);
		result.addError(new FieldError(result.getObjectName(), field, value, false,
				result.resolveMessageCodes(messageKey, field), args, message));
	}

	/**
	 * A comment posted on a history tab: saved, or refused with the reason shown there;
	 * returns the redirect back to the tab.
	 */
	public String comment(Runnable save, RedirectAttributes redirect, String historyTab) {
		try {
			save.run();
			redirect.addFlashAttribute("notice", text("console.comment.added"));
		}
		catch (FieldErrorsException ex) {
			redirect.addFlashAttribute("commentError", text("console.comment.invalid"));
		}
		return "redirect:" + historyTab;
	}

}
