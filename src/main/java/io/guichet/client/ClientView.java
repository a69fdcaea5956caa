package io.guichet.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.guichet.client.ClientForm.AccountType;
import io.guichet.client.ClientForm.ClientStatus;

/** A client's whole profile ({@code GET /api/clients/{id}}). */
public record ClientView(UUID id, String name, String alias, UUID parentId, AccountType accountType,
		ClientStatus status, String language, String website, String phone, String fax, Address primaryAddress,
		Address billingAddress, Address shippingAddress, String accountManager, Duration inactivityPeriod,
		List<String> allowedUsers, String email, String vatNumber, Instant createdAt) {

	/** The profile as a form: what an edit starts from, and what the history compares. */
	public ClientForm toForm() {
		return new ClientForm(this.name, this.alias, this.parentId, this.accountType, this.status, this.language,
				this.website, this.phone, this.fax, this.primaryAddress, this.billingAddress, this.shippingAddress,
				this.accountManager, this.allowedUsers, this.email, this.vatNumber);
	}

}
