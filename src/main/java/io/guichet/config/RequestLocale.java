package io.guichet.config;

import java.util.Locale;

import io.guichet.common.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the one a controller chose for the person (a contact's own),
 * else {@code ?lang=}, else the browser's, among the languages Guichet speaks.
 */
public class RequestLocale implements LocaleResolver {

	private static final String ATTRIBUTE = RequestLocale.class.getName();

	public static void use(HttpServletRequest request, Locale locale) {
		if (locale != null) {
			request.setAttribute(ATTRIBUTE, locale);
		}
	}

	public static Locale current(HttpServletRequest request) {
		return new RequestLocale().resolveLocale(request);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		String lang = request.getParameter("lang");
		if (lang != null && Language.SUPPORTED.contains(lang)) {
			return Locale.forLanguageTag(lang);
		}
		var browser = request.getLocales();
		while (browser.hasMoreElements()) {
			String language = browser.nextElement().getLanguage();
			if (Language.SUPPORTED.contains(language)) {
				return Locale.forLanguageTag(language);
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		use(request, locale);
	}

}
