package io.guichet.access;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.guichet.client.ClientSummary;
import io.guichet.common.Branding;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * E-mails to a contact: in its language (then its client's), never the sender's, about
 * its client's portal (the product's name when it has no client yet).
 */
@Component
class ContactMails {

	private final Notifications notifications;

	private final Branding branding;

	ContactMails(Notifications notifications, Branding branding) {
		this.notifications = notifications;
		this.branding = branding;
	}

	Locale localeOf(ContactCard contact, Optional<ClientSummary> client) {
		return this.notifications.contactLanguage(contact.language(), client.map(ClientSummary::language).orElse(null));
	}

	Mail mail(ContactCard contact, Optional<ClientSummary> client, String template, Map<String, Object> model) {
		return new Mail(contact.email(), localeOf(contact, client), template, model,
				client.map(ClientSummary::name).orElse(this.branding.productName()));
	}

	String link(String path) {
		return this.notifications.link(path);
	}

}
