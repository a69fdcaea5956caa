package io.guichet.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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

	/** Accesses read in one query. */
	private static final int CHUNK = 500;

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
		return describe(contact, () -> this.clients.find(contact.clientId()));
	}

	/**
	 * {@link #registration} of each of these accesses, in three queries per
	 * {@value #CHUNK}; an access deleted meanwhile is left out.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public Map<UUID, Registration> registrations(Collection<UUID> accessIds) {
		List<UUID> ids = List.copyOf(new LinkedHashSet<>(accessIds));
		Map<UUID, Registration> found = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			Map<UUID, UUID> contactOf = new HashMap<>();
			this.accesses.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.forEach((access) -> contactOf.put(access.getId(), access.getContactId()));
			Map<UUID, ContactCard> cards = this.contacts.findAll(contactOf.values());
			Map<UUID, ClientSummary> clientsById = this.clients.findAll(cards.values()
				.stream()
				.filter((card) -> typed(card).isEmpty())
				.map(ContactCard::clientId)
				.toList());
			contactOf.forEach((accessId, contactId) -> Optional.ofNullable(cards.get(contactId))
				.ifPresent((card) -> found.put(accessId,
						describe(card, () -> Optional.ofNullable(clientsById.get(card.clientId()))))));
		}
		return found;
	}

	private static Registration describe(ContactCard contact, Supplier<Optional<ClientSummary>> client) {
		String company = typed(contact).or(() -> client.get().map(ClientSummary::name)).orElse(null);
		return new Registration(contact.fullName(), contact.email(), company);
	}

	private static Optional<String> typed(ContactCard contact) {
		return Optional.ofNullable(contact.companyAsTyped()).filter((typed) -> !typed.isBlank());
	}

	/** A registration as approvers see it before opening its task. */
	public record Registration(String name, String email, String company) {
	}

}
