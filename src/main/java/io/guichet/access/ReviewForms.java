package io.guichet.access;

import java.time.Clock;
import java.util.Optional;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.contact.ContactCard;
import io.guichet.staff.StaffDirectory;

import org.springframework.stereotype.Component;

/**
 * What a ContactOnboarding instance starts with, and what its review form shows when an
 * approver opens it, both from the domain. Every approver may open a review task, so
 * Guichet proposes only a client every staff user may see: a client restricted to some of
 * them is never proposed (each approver is offered the clients they may see,
 * {@link ReviewChoices}).
 */
@Component
class ReviewForms {

	private final ClientDirectory clients;

	private final StaffDirectory staff;

	private final TypedRegistrationRepository typed;

	private final Clock clock;

	ReviewForms(ClientDirectory clients, StaffDirectory staff, TypedRegistrationRepository typed, Clock clock) {
		this.clients = clients;
		this.staff = staff;
		this.typed = typed;
		this.clock = clock;
	}

	/**
	 * The start of the access's onboarding: pre-approved once invited, else for review by
	 * the proposed client's account manager (looked up only then).
	 */
	OnboardingStart start(PortalAccess access, Optional<ClientSummary> client) {
		boolean pending = access.getState() == AccessState.PENDING_APPROVAL;
		return new OnboardingStart(access.getId(), access.getState() == AccessState.INVITED,
				pending ? proposedApprover(client.filter(this::open)) : null);
	}

	/**
	 * Keeps what a stranger typed for an e-mail that already has a card (the card itself
	 * is neither shown nor changed), for the review form.
	 */
	void keepTyped(PortalAccess access, SelfRegistration registration) {
		TypedRegistration kept = this.typed.findById(access.getId()).map((existing) -> {
			existing.replace(registration, this.clock.instant());
			return existing;
		}).orElseGet(() -> new TypedRegistration(access.getId(), registration, this.clock.instant()));
		this.typed.save(kept);
	}

	/**
	 * The review form of an access waiting for an approver: its card, or what was typed
	 * for it, and the client Guichet proposes (the card's, else the one named like the
	 * company as typed).
	 */
	ReviewForm read(PortalAccess access, ContactCard card) {
		Optional<TypedRegistration> typed = (access.getSource() == AccessSource.SELF)
				? this.typed.findById(access.getId()) : Optional.empty();
		String company = typed.map(TypedRegistration::getCompany).orElse(card.companyAsTyped());
		Optional<ClientSummary> proposed = ((card.clientId() != null) ? this.clients.find(card.clientId())
				: this.clients.propose(company))
			.filter(this::open);
		if (typed.isPresent()) {
			TypedRegistration as = typed.get();
			return new ReviewForm(as.name(), as.getEmail(), as.getPhone(), as.getMobile(), as.getOtherChannel(),
					company, proposed.map(ClientSummary::id).orElse(null),
					proposed.map(ClientSummary::name).orElse(null), access.getRole());
		}
		return new ReviewForm(card.fullName(), card.email(), card.phone(), card.mobile(), card.otherChannel(), company,
				proposed.map(ClientSummary::id).orElse(null), proposed.map(ClientSummary::name).orElse(null),
				access.getRole());
	}

	private boolean open(ClientSummary client) {
		return this.clients.isOpen(client.id());
	}

	/**
	 * The client's account manager, when that is a staff user who can take the review
	 * task.
	 */
	private String proposedApprover(Optional<ClientSummary> client) {
		return client.map(ClientSummary::accountManager).filter(this.staff::exists).orElse(null);
	}

}
