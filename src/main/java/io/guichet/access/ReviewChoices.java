package io.guichet.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review form as an approver opens it, read then and for that approver: what it shows
 * ({@link ReviewForm}) and the clients to choose from, every client they may see (10,000
 * and more, searched by typing in the form) or only the client the card already belongs
 * to (a card's client is never changed by a registration). The process instance carries
 * none of it.
 */
@Service
public class ReviewChoices {

	private final PortalAccessRepository accesses;

	private final ContactBook contacts;

	private final ClientDirectory clients;

	private final ReviewForms forms;

	ReviewChoices(PortalAccessRepository accesses, ContactBook contacts, ClientDirectory clients, ReviewForms forms) {
		this.accesses = accesses;
		this.contacts = contacts;
		this.clients = clients;
		this.forms = forms;
	}

	/**
	 * The review form's variables for this approver: what it shows ({@link ReviewForm}),
	 * and {@code clientOptions}, the choices as form-js lists them, label and value; none
	 * once the review is over.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> forReview(UUID accessId, Actor approver) {
		PortalAccess access = this.accesses.findById(accessId).orElse(null);
		if (access == null || access.getState() != AccessState.PENDING_APPROVAL) {
			return Map.of();
		}
		ContactCard card = this.contacts.get(access.getContactId());
		Map<String, Object> variables = this.forms.read(access, card).variables();
		UUID fixed = card.clientId();
		List<Option> options = (fixed != null)
				? this.clients.visibleTo(fixed, approver)
					.map((c) -> new Option(c.name(), c.id().toString()))
					.stream()
					.toList()
				: this.clients.namesVisibleTo(approver)
					.stream()
					.map((c) -> new Option(c.name(), c.id().toString()))
					.toList();
		variables.put("clientOptions", options);
		return variables;
	}

	/** One entry of the client select. */
	public record Option(String label, String value) {
	}

}
