package io.guichet.project;

import java.util.Map;
import java.util.Optional;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * E-mails telling contacts about their assignments, in their language (else their
 * client's). They leave once the change commits: it stands even when SMTP is down (the
 * outbox retries).
 */
@Component
class ProjectNotices {

	private final Notifications notifications;

	private final ClientDirectory clients;

	ProjectNotices(Notifications notifications, ClientDirectory clients) {
		this.notifications = notifications;
		this.clients = clients;
	}

	/** Tells the contact that it was taken off the project. */
	void removed(ContactCard contact, Project project) {
		if (contact.email() == null || contact.email().isBlank()) {
			return;
		}
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Mail notice = new Mail(contact.email(),
				this.notifications.contactLanguage(contact.language(),
						client.map(ClientSummary::language).orElse(null)),
				"project-removed", Map.of("name", contact.fullName(), "project", project.getName()), project.getName());
		this.notifications
			.send("project-removed/" + project.getId() + "/" + contact.id() + "/" + System.currentTimeMillis(), notice);
	}

}
