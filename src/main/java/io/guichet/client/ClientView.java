package io.guichet.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.guichet.client.ClientForm.AccountType;
import io.guichet.client.ClientForm.ClientStatus;
import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** A client's whole profile ({@code GET /api/clients/{id}}). */
public record ClientView(@Schema(example = ApiExamples.CLIENT_ID) UUID id,
		@Schema(example = ApiExamples.CLIENT_NAME) String name, @Schema(example = "Bowman") String alias,
		@Schema(description = "The parent company, if any.", example = ApiExamples.PARENT_CLIENT_ID) UUID parentId,
		AccountType accountType, ClientStatus status,
		@Schema(description = "fr or en; the default of the client's contacts.",
				example = ApiExamples.LANGUAGE) String language,
		@Schema(example = "https://bowman-furniture.example.com") String website,
		@Schema(example = "+1 514 555 0142") String phone, @Schema(example = "+1 514 555 0143") String fax,
		Address primaryAddress, Address billingAddress, Address shippingAddress,
		@Schema(description = "The staff user in charge of the client.",
				example = ApiExamples.STAFF_USER) String accountManager,
		@Schema(description = "The client's own inactivity period (ISO-8601); null for the default.",
				example = "PT2160H") Duration inactivityPeriod,
		@Schema(description = "The only staff users (besides admins) who may see the client; empty: everyone.",
				example = "[\"marie.roy\", \"julien.tremblay\"]") List<String> allowedUsers,
		@Schema(example = "office@bowman-furniture.example.com") String email,
		@Schema(example = "123456789RT0001") String vatNumber,
		@Schema(example = "2026-03-02T09:15:00Z") Instant createdAt) {

	/** The profile as a form: what an edit starts from, and what the history compares. */
	public ClientForm toForm() {
		return new ClientForm(this.name, this.alias, this.parentId, this.accountType, this.status, this.language,
				this.website, this.phone, this.fax, this.primaryAddress, this.billingAddress, this.shippingAddress,
				this.accountManager, this.allowedUsers, this.email, this.vatNumber);
	}

}
