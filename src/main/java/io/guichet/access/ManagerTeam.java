package io.guichet.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guichet.common.Actor;
import io.guichet.common.ApiExamples;
import io.guichet.common.Forbidden;
import io.guichet.common.NotFoundException;
import io.guichet.common.PageResult;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;
import io.guichet.contact.Privacy;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a client's manager (a contact with role MANAGER and an active access) may do with
 * the contacts of its own company, and of no other: list them, invite one (reviewed by an
 * approver), change a role, remove an access.
 */
@Service
public class ManagerTeam {

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final SelfRegistrations registrations;

	private final AccessAdmin admin;

	ManagerTeam(PortalAccessRepository accesses, ContactBook contacts, SelfRegistrations registrations,
			AccessAdmin admin) {
		this.accesses = accesses;
		this.contacts = contacts;
		this.registrations = registrations;
		this.admin = admin;
	}

	/**
	 * The manager behind a portal session; 403 for any contact that is not an active
	 * manager.
	 */
	@Transactional(readOnly = true)
	public Manager manager(UUID accessId) {
		PortalAccess access = this.accesses.findById(accessId)
			.filter((a) -> a.getState() == AccessState.ACTIVE && a.getRole() == Role.MANAGER)
			.orElseThrow(() -> new Forbidden("guichet.forbidden.managers-only", "managers only"));
		ContactCard contact = this.contacts.get(access.getContactId());
		return new Manager(contact.id(), contact.clientId(), Actor.manager(contact.email()));
	}

	/**
	 * The own company's contacts that clients may see, with their access; a registration
	 * waiting for review or rejected is not one of them.
	 */
	@Transactional(readOnly = true)
	public List<TeamMember> team(Manager manager) {
		return team(manager, 0, 500).items();
	}

	/** One page of them, by name. */
	@Transactional(readOnly = true)
	public PageResult<TeamMember> team(Manager manager, int page, int size) {
		Page<ContactCard> cards = this.contacts.search(List.of(manager.clientId()), null,
				List.of(Privacy.VISIBLE_TO_ALL),
				this.accesses.notYetAdmitted(manager.clientId()).stream().map(UUID::fromString).toList(),
				PageRequest.of(page, size, Sort.by("lastName", "firstName", "id")));
		Map<UUID, PortalAccess> access = this.accesses
			.findByContactIdIn(cards.getContent().stream().map(ContactCard::id).toList())
			.stream()
			.collect(Collectors.toMap(PortalAccess::getContactId, Function.identity()));
		return PageResult.of(cards, (card) -> {
			PortalAccess a = access.get(card.id());
			return new TeamMember(card.id(), card.fullName(), card.email(), (a != null) ? a.getRole() : null,
					(a != null) ? a.getState() : null);
		});
	}

	public void invite(Manager manager, ContactDetails details, Role role) {
		this.registrations.registerByManager(manager.clientId(), details, role, manager.actor());
	}

	@Transactional
	public void changeRole(Manager manager, UUID contactId, Role role) {
		colleagueAccess(manager, contactId);
		this.admin.changeRoleByManager(contactId, role, manager.actor());
	}

	@Transactional
	public void remove(Manager manager, UUID contactId, boolean notify) {
		colleagueAccess(manager, contactId);
		this.admin.revokeByManager(contactId, notify, manager.actor());
	}

	/**
	 * A contact of the manager's own company (and visible to clients, and not a
	 * registration waiting for review or rejected), else 404.
	 */
	public ContactCard colleague(Manager manager, UUID contactId) {
		Optional<ContactCard> card = this.contacts.find(contactId)
			.filter((c) -> manager.clientId().equals(c.clientId()) && c.privacy() == Privacy.VISIBLE_TO_ALL)
			.filter((c) -> this.accesses.findByContactId(c.id())
				.map((a) -> a.getState() != AccessState.PENDING_APPROVAL
						&& a.getState() != AccessState.APPROVAL_REJECTED)
				.orElse(true));
		return card.orElseThrow(() -> new NotFoundException("contact"));
	}

	private PortalAccess colleagueAccess(Manager manager, UUID contactId) {
		colleague(manager, contactId);
		if (contactId.equals(manager.contactId())) {
			throw new Forbidden("guichet.forbidden.own-access", "a manager does not change its own access");
		}
		return this.accesses.findByContactId(contactId).orElseThrow(() -> new NotFoundException("access"));
	}

	public record Manager(UUID contactId, UUID clientId, Actor actor) {
	}

	public record TeamMember(@Schema(example = ApiExamples.COLLEAGUE_ID) UUID contactId,
			@Schema(example = "Paul Girard") String name, @Schema(example = "paul.girard@example.com") String email,
			@Schema(description = "Null when the colleague has no portal access.") Role role,
			@Schema(description = "Null when the colleague has no portal access.") AccessState state) {
	}

}
