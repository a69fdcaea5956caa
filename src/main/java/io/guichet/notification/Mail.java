package io.guichet.notification;

import java.util.Locale;
import java.util.Map;

/**
 * An e-mail to write: the template under {@code templates/mail/}, its model, the
 * recipient and the language ({@link Notifications#contactLanguage},
 * {@link Notifications#staffLanguage}).
 */
public record Mail(String to, Locale locale, String template, Map<String, Object> model, Object... subjectArgs) {
}
