package io.guichet.access;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.NotFoundException;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What approvers see of a review task before they open it: its name in Tasklist, given in
 * the engine's transaction when the task is created, and the registration that its notice
 * ({@link ReviewNotices}) and the morning digest describe.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReviewTasks {

	/** The engine's column for a task name ({@code ACT_RU_TASK.NAME_}). */
	static final int MAX_NAME = 255;

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final Notifications notifications;

	private final MessageSource messages;

	ReviewTasks(PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients,
			Notifications notifications, MessageSource messages) {
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.notifications = notifications;
		this.messages = messages;
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
