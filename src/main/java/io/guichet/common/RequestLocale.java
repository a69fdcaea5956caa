package io.guichet.common;

import java.util.Locale;
import java.util.Optional;

import io.guichet.common.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the one a controller chose for the person (a contact's own),
 * else {@code ?lang=}, else the browser's, among the languages Guichet speaks.
 */
public class RequestLocale implements LocaleResolver {

	private static final String ATTRIBUTE = RequestLocale.class.getName();

	static final String COOKIE = "guichet-lang";

	public static void use(HttpServletRequest request, Locale locale) {
		if (locale != null) {
			request.setAttribute(ATTRIBUTE, locale);
		}
	}

	public static Locale current(HttpServletRequest request) {
		return new RequestLocale().resolveLocale(request);
	}

	/**
	 * The language the person picked with {@code ?lang=}, now or on an earlier page; it
	 * wins over their own.
	 */
	public static Optional<Locale> chosen(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (lang != null && Language.SUPPORTED.contains(lang)) {
			return Optional.of(Locale.forLanguageTag(lang));
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName()) && Language.SUPPORTED.contains(cookie.getValue())) {
					return Optional.of(Locale.forLanguageTag(cookie.getValue()));
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		Optional<Locale> picked = chosen(request);
		if (picked.isPresent()) {
			return picked.get();
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

	/** A language chosen with {@code ?lang=} is kept for the following pages. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale == null || !Language.SUPPORTED.contains(locale.getLanguage()) || response == null) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge(365 * 24 * 3600);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
