package io.guichet.common;

import java.util.Map;

import org.springframework.ui.Model;

/**
 * The confirmation page of a destructive action, the same for the console and the portal:
 * the form is posted again with {@code confirmed=true}; a controller shows this page when
 * that parameter is missing.
 */
public final class ConfirmPage {

	private ConfirmPage() {
	}

	/**
	 * @param model the page model
	 * @param layout the layout of the pages asking ({@code console/layout},
	 * {@code layout})
	 * @param question what is about to happen, in the reader's language
	 * @param action the URL the confirmed form posts to
	 * @param back where "cancel" leads
	 * @param fields other form fields to post again
	 * @return the view name
	 */
	public static String show(Model model, String layout, String question, String action, String back,
			Map<String, String> fields) {
		model.addAttribute("layout", layout);
		model.addAttribute("question", question);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("fields", fields);
		return "confirm";
	}

}
