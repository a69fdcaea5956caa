package io.guichet.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffGroups;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What approvers see of a review task before they open it: its name in Tasklist and the
 * e-mail that tells the client's account manager (else every approver) that it waits
 * ({@code guichet.review.notify}). Both run in the engine's transaction when the task is
 * created.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReviewTasks {

	/** The engine's column for a task name ({@code ACT_RU_TASK.NAME_}). */
	static final int MAX_NAME = 255;

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final StaffDirectory staff;

	private final Notifications notifications;

	private final MessageSource messages;

	private final boolean notify;

	ReviewTasks(PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients, StaffDirectory staff,
			Notifications notifications, MessageSource messages,
			@Value("${guichet.review.notify:true}") boolean notify) {
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.staff = staff;
		this.notifications = notifications;
		this.messages = messages;
		this.notify = notify;
	}

	/**
	 * "Review registration: Lisa Bowman (Bowman Furniture)". Every approver sees the same
	 * name, so it is written in the staff's language
	 * ({@code guichet.mail.staff-language}).
	 */
	public String name(UUID accessId) {
		Registration registration = registration(accessId);
		Locale locale = this.notifications.staffLanguage();
		String name = (registration.company() != null)
				? this.messages.getMessage("guichet.review.task-company",
						new Object[] { registration.name(), registration.company() }, locale)
				: this.messages.getMessage("guichet.review.task", new Object[] { registration.name() }, locale);
		return (name.length() > MAX_NAME) ? name.substring(0, MAX_NAME - 1) + "…" : name;
	}

	/**
	 * Tells the account manager proposed for the task (else every approver with an
	 * e-mail) that it waits, with a link to it, in the language they last signed in with
	 * (else the staff language); queued in the engine's transaction and sent once per
	 * task and person after it commits. Returns how many e-mails were queued.
	 */
	public int announce(UUID accessId, String taskId, String accountManager) {
		if (!this.notify) {
			return 0;
		}
		Registration registration = registration(accessId);
		List<StaffAddress> recipients = Optional.ofNullable(accountManager)
			.flatMap(this.staff::addressOf)
			.map(List::of)
			.orElseGet(() -> this.staff.addressesIn(StaffGroups.APPROVERS));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", registration.name());
		model.put("email", registration.email());
		model.put("company", (registration.company() != null) ? registration.company() : "—");
		model.put("link", this.notifications.link("/camunda/app/tasklist/default/#/?task=" + taskId));
		int queued = 0;
		for (StaffAddress recipient : recipients) {
			Mail mail = new Mail(recipient.email(), recipient.languageOr(this.notifications.staffLanguage()),
					"review-task", model, registration.name());
			if (this.notifications.send("review-task/" + taskId + "/" + recipient.userId(), mail)) {
				queued++;
			}
		}
		return queued;
	}

	/**
	 * The contact as its card holds it, and the company as typed (or, registered by
	 * staff, its client); for the morning digest too.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public Registration registration(UUID accessId) {
		PortalAccess access = this.accesses.findById(accessId)
			.orElseThrow(() -> new NotFoundException("access " + accessId));
		ContactCard contact = this.contacts.get(access.getContactId());
		String company = Optional.ofNullable(contact.companyAsTyped())
			.filter((typed) -> !typed.isBlank())
			.or(() -> this.clients.find(contact.clientId()).map(ClientSummary::name))
			.orElse(null);
		return new Registration(contact.fullName(), contact.email(), company);
	}

	/** A registration as approvers see it before opening its task. */
	public record Registration(String name, String email, String company) {
	}

}
