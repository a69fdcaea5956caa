package io.guichet.console;

import java.util.Map;

import io.guichet.common.ConfirmPage;
import io.guichet.common.PageDates;
import io.guichet.staff.Staff;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page shows: the signed-in staff user in the navigation bar, and the
 * way a destructive action asks first.
 */
@ControllerAdvice(annotations = ConsolePage.class)
public class ConsolePages {

	/** Page size of every console list. */
	public static final int PAGE_SIZE = 20;

	private final SpringValidatorAdapter validator;

	private final PageDates dates;

	ConsolePages(Validator validator, PageDates dates) {
		this.validator = new SpringValidatorAdapter(validator);
		this.dates = dates;
	}

	/**
	 * A form one of whose values cannot be read (a bad date, a choice that is none of the
	 * proposed ones) is still checked field by field, so that every error shows at once:
	 * Bean Validation's own adapter does that, Spring Boot's MVC validator does not.
	 */
	@InitBinder
	void validation(WebDataBinder binder) {
		binder.setValidator(this.validator);
	}

	@ModelAttribute("user")
	String user(Authentication user) {
		return (user != null) ? user.getName() : null;
	}

	/** Staff and admins change things; viewers ({@code guichet-viewer}) only read. */
	@ModelAttribute("canEdit")
	boolean canEdit(Authentication user) {
		return mayEdit(user);
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin(Authentication user) {
		return user != null && Staff.actor(user).admin();
	}

	/**
	 * Formats instants and dates in the reader's language, for templates:
	 * {@code ${dates.format(x)}}.
	 */
	@ModelAttribute("dates")
	PageDates dates() {
		return this.dates;
	}

	public static boolean mayEdit(Authentication user) {
		return Staff.mayWrite(user);
	}

	/**
	 * The confirmation page of a destructive action: the same form is posted again with
	 * {@code confirmed=true}. Controllers call it when that parameter is missing.
	 * @param model the page model
	 * @param question what is about to happen, in the user's language
	 * @param action the URL the confirmed form posts to
	 * @param back where "cancel" leads
	 * @param fields other form fields to post again
	 * @return the view name
	 */
	public static String confirm(Model model, String question, String action, String back, Map<String, String> fields) {
		return ConfirmPage.show(model, "console/layout", question, action, back, fields);
	}

}
