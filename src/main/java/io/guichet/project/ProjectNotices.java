package io.guichet.project;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Language;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mailer;
import io.guichet.notification.Mailer.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails telling contacts about their assignments. They leave after the commit, in the
 * background: a change stands even when SMTP is down (the failure is logged).
 */
@Component
class ProjectNotices {

	private static final Logger log = LoggerFactory.getLogger(ProjectNotices.class);

	private final Mailer mailer;

	private final ClientDirectory clients;

	private final Executor mailExecutor;

	ProjectNotices(Mailer mailer, ClientDirectory clients, @Qualifier("mailExecutor") TaskExecutor mailExecutor) {
		this.mailer = mailer;
		this.clients = clients;
		this.mailExecutor = mailExecutor;
	}

	/**
	 * Tells the contact, in its language (else its client's), that it was taken off the
	 * project, once the current transaction commits.
	 */
	void removedAfterCommit(ContactCard contact, Project project) {
		if (contact.email() == null || contact.email().isBlank()) {
			return;
		}
		Optional<ClientSummary> client = this.clients.find(contact.clientId());
		Locale locale = Language.firstSupported(contact.language(), client.map(ClientSummary::language).orElse(null));
		Mail notice = new Mail(contact.email(), locale, "project-removed",
				Map.of("name", contact.fullName(), "project", project.getName()), project.getName());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ProjectNotices.this.mailExecutor.execute(() -> sendQuietly(notice));
			}
		});
	}

	private void sendQuietly(Mail mail) {
		try {
			this.mailer.send(mail);
		}
		catch (RuntimeException ex) {
			log.warn("Project removal notice to {} not sent: {}", mail.to(), ex.getMessage());
		}
	}

}
