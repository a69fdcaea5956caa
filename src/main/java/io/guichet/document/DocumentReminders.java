package io.guichet.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a document's reminder date, its client's account manager gets one e-mail. Each
 * document is claimed (reminded_at set) and its e-mail queued in the mail outbox in one
 * transaction: a second run, or another node, finds it claimed; the outbox delivers the
 * e-mail once, retrying while SMTP is down.
 */
@Service
public class DocumentReminders {

	private static final Logger log = LoggerFactory.getLogger(DocumentReminders.class);

	private final DocumentRepository documents;

	private final ClientDirectory clients;

	private final StaffDirectory staff;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DocumentReminders(DocumentRepository documents, ClientDirectory clients, StaffDirectory staff,
			Notifications notifications, PlatformTransactionManager transactionManager, Clock clock) {
		this.documents = documents;
		this.clients = clients;
		this.staff = staff;
		this.notifications = notifications;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Reminds every document due on or before today; returns how many e-mails were
	 * queued.
	 */
	public int run(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		int sent = 0;
		for (UUID id : this.documents.findDueReminders(today)) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> remind(id, now)))) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				// left unclaimed: the next run tries again
				log.warn("Reminder of document {} not sent: {}", id, ex.toString());
			}
		}
		return sent;
	}

	private boolean remind(UUID id, Instant now) {
		if (this.documents.markReminded(id, now) == 0) {
			return false;
		}
		Document document = this.documents.findById(id).orElseThrow();
		Optional<ClientSummary> client = this.clients.find(document.getClientId());
		Optional<StaffAddress> manager = client.map(ClientSummary::accountManager).flatMap(this.staff::addressOf);
		if (client.isEmpty() || manager.isEmpty()) {
			log.warn("Document {} is due for its reminder but its client has no account manager with an e-mail", id);
			return false;
		}
		StaffAddress user = manager.get();
		String link = this.notifications
			.link("/api/clients/" + document.getClientId() + "/documents/" + id + "/content");
		Map<String, Object> model = new HashMap<>();
		model.put("name", user.name());
		model.put("title", document.getTitle());
		model.put("client", client.get().name());
		model.put("fileName", document.getFileName());
		if (document.getNote() != null) {
			// the mailer copies the model, which refuses null values
			model.put("note", document.getNote());
		}
		model.put("link", link);
		return this.notifications.queue("document-reminder/" + id + "/" + document.getReminderDate(),
				new Mail(user.email(), user.languageOr(this.notifications.staffLanguage()), "document-reminder", model,
						document.getTitle(), client.get().name()));
	}

}
