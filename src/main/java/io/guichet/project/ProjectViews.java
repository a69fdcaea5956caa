package io.guichet.project;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.common.Actor;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.project.ProjectDetails.ClientLine;
import io.guichet.project.ProjectDetails.Member;
import io.guichet.project.ProjectDetails.Person;

import org.springframework.stereotype.Component;

/** Puts names on a project's ids, for the detail view. */
@Component
class ProjectViews {

	private final ClientDirectory clients;

	private final ContactBook contacts;

	ProjectViews(ClientDirectory clients, ContactBook contacts) {
		this.clients = clients;
		this.contacts = contacts;
	}

	/**
	 * The project as this user sees it: contacts kept for admins are left out for others.
	 */
	ProjectDetails details(Project project, Actor viewer) {
		List<ClientLine> clientLines = project.getClientIds()
			.stream()
			.map((id) -> new ClientLine(id, this.clients.find(id).map(ClientSummary::name).orElse(null),
					id.equals(project.getPrimaryClientId())))
			.sorted(Comparator.comparing(ClientLine::primary).reversed())
			.toList();
		List<Member> members = project.getContacts()
			.stream()
			.map((member) -> member(member, viewer))
			.flatMap(Optional::stream)
			.sorted(byName())
			.toList();
		return new ProjectDetails(project.getId(), project.getName(), project.getState(),
				project.getSubmissionEndDate(), project.getStartDate(), project.getEndDate(),
				project.getEstimatedBudget(), clientLines, person(project.getSubmissionContactId(), viewer),
				person(project.getBillingContactId(), viewer), person(project.getExecutionContactId(), viewer),
				members);
	}

	private Optional<Member> member(ProjectContact member, Actor viewer) {
		Optional<ContactCard> card = this.contacts.find(member.getContactId());
		if (card.isPresent() && !VisibleProjects.maySee(card.get(), viewer)) {
			return Optional.empty();
		}
		List<String> overrides = member.permissions();
		return Optional.of(new Member(member.getContactId(), card.map(ContactCard::clientId).orElse(null),
				card.map(ContactCard::fullName).orElse(null), card.map(ContactCard::email).orElse(null),
				member.getHourlyRate(), overrides != null, overrides));
	}

	private Person person(UUID contactId, Actor viewer) {
		if (contactId == null) {
			return null;
		}
		Optional<ContactCard> card = this.contacts.find(contactId);
		if (card.isPresent() && !VisibleProjects.maySee(card.get(), viewer)) {
			return null;
		}
		return new Person(contactId, card.map(ContactCard::clientId).orElse(null),
				card.map(ContactCard::fullName).orElse(null), card.map(ContactCard::email).orElse(null));
	}

	private static Comparator<Member> byName() {
		return Comparator.comparing(Member::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(Member::contactId);
	}

}
