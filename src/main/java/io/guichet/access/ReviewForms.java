package io.guichet.access;

import java.util.Optional;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.client.ClientSummary;
import io.guichet.contact.ContactCard;
import io.guichet.contact.ContactDetails;
import io.guichet.staff.StaffDirectory;

import org.springframework.stereotype.Component;

/**
 * What a ContactOnboarding instance is started with. Every approver may open a review
 * task, so it names only a client every staff user may see: a client restricted to some
 * of them is never proposed (each approver is offered the clients they may see when
 * opening the form, {@link ReviewChoices}).
 */
@Component
class ReviewForms {

	private final ClientDirectory clients;

	private final StaffDirectory staff;

	ReviewForms(ClientDirectory clients, StaffDirectory staff) {
		this.clients = clients;
		this.staff = staff;
	}

	/** The contact card as staff (or its manager) registered it. */
	ReviewForm of(PortalAccess access, ContactCard contact, Optional<ClientSummary> client) {
		return form(access, contact.id(), contact.fullName(), contact.email(), contact.phone(), contact.mobile(),
				contact.otherChannel(), contact.language(), contact.companyAsTyped(), client);
	}

	/**
	 * What a stranger typed, for an e-mail that already has a card: the card itself is
	 * neither shown nor changed.
	 */
	ReviewForm typed(PortalAccess access, UUID contactId, SelfRegistration registration,
			Optional<ClientSummary> client) {
		ContactDetails typed = registration.details();
		String name = String.join(" ", typed.firstName(), typed.lastName());
		return form(access, contactId, name, typed.email(), typed.phone(), typed.mobile(), typed.otherChannel(),
				typed.language(), registration.company(), client);
	}

	private ReviewForm form(PortalAccess access, UUID contactId, String name, String email, String phone, String mobile,
			String otherChannel, String language, String companyAsTyped, Optional<ClientSummary> client) {
		boolean pending = access.getState() == AccessState.PENDING_APPROVAL;
		Optional<ClientSummary> shown = pending ? client.filter(this::open) : client;
		return new ReviewForm(access.getId(), contactId, access.getState() == AccessState.INVITED, name, email, phone,
				mobile, otherChannel, language, companyAsTyped, shown.map(ClientSummary::id).orElse(null),
				shown.map(ClientSummary::name).orElse(null), pending ? proposedApprover(shown) : null,
				access.getRole());
	}

	private boolean open(ClientSummary client) {
		return this.clients.isOpen(client.id());
	}

	/**
	 * The client's account manager, when that is a staff user who can take the review
	 * task (looked up only for a request that waits for one).
	 */
	private String proposedApprover(Optional<ClientSummary> client) {
		return client.map(ClientSummary::accountManager).filter(this.staff::exists).orElse(null);
	}

}
