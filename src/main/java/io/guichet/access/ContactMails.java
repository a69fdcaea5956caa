package io.guichet.access;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.guichet.client.ClientSummary;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * E-mails to a contact: in its language (then its client's), never the sender's, signed
 * with its client's name.
 */
@Component
class ContactMails {

	private final Notifications notifications;

	ContactMails(Notifications notifications) {
		this.notifications = notifications;
	}

	Locale localeOf(ContactCard contact, Optional<ClientSummary> client) {
		return this.notifications.contactLanguage(contact.language(), client.map(ClientSummary::language).orElse(null));
	}

	Mail mail(ContactCard contact, Optional<ClientSummary> client, String template, Map<String, Object> model) {
		return new Mail(contact.email(), localeOf(contact, client), template, model,
				client.map(ClientSummary::name).orElse("Guichet"));
	}

	String link(String path) {
		return this.notifications.link(path);
	}

}
