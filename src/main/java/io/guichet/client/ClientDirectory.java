package io.guichet.client;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.common.Actor;
import io.guichet.common.ConflictException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client module's façade: create, find and propose client companies. */
@Service
public class ClientDirectory {

	private static final int MAX_RESULTS = 200;

	private final ClientRepository clients;

	private final AuditLog audit;

	private final Clock clock;

	ClientDirectory(ClientRepository clients, AuditLog audit, Clock clock) {
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public UUID create(NewClient command, Actor actor) {
		if (this.clients.existsByNameKey(Client.keyOf(command.name()))) {
			throw new ConflictException("guichet.client.name-taken", command.name().strip());
		}
		String language = (command.language() != null) ? command.language() : "fr";
		Client client = new Client(command.name(), blankToNull(command.alias()), language,
				blankToNull(command.website()), blankToNull(command.accountManager()), this.clock.instant());
		try {
			this.clients.saveAndFlush(client);
		}
		catch (DataIntegrityViolationException ex) {
			// another request created the same name in the meantime
			throw new ConflictException("guichet.client.name-taken", command.name().strip());
		}
		this.audit.record(AuditLog.CLIENT, client.getId(), "CREATED", actor, "name=" + client.toSummary().name());
		return client.getId();
	}

	@Transactional(readOnly = true)
	public List<ClientSummary> search(String query) {
		PageRequest page = PageRequest.of(0, MAX_RESULTS);
		List<Client> found = (query == null || query.isBlank()) ? this.clients.findAllOrdered(page)
				: this.clients.search(Client.keyOf(query), page);
		return found.stream().map(Client::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ClientSummary> find(UUID id) {
		return (id != null) ? this.clients.findById(id).map(Client::toSummary) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<ClientSummary> findByName(String name) {
		return (name != null && !name.isBlank()) ? this.clients.findByNameKey(Client.keyOf(name)).map(Client::toSummary)
				: Optional.empty();
	}

	/**
	 * Overrides the inactivity period of this client's contacts (null: back to the
	 * default). Returns false when the client does not exist.
	 */
	@Transactional
	public boolean setInactivityPeriod(UUID clientId, Duration period, Actor actor) {
		Optional<Client> client = this.clients.findById(clientId);
		client.ifPresent((c) -> {
			c.setInactivityPeriod((period != null) ? period.toString() : null);
			this.audit.record(AuditLog.CLIENT, clientId, "CHANGED", actor,
					"inactivity period=" + ((period != null) ? period : "default"));
		});
		return client.isPresent();
	}

	/**
	 * The client Guichet proposes for a company name typed by a contact: same name, else
	 * same alias.
	 */
	@Transactional(readOnly = true)
	public Optional<ClientSummary> propose(String companyAsTyped) {
		if (companyAsTyped == null || companyAsTyped.isBlank()) {
			return Optional.empty();
		}
		String key = Client.keyOf(companyAsTyped);
		return this.clients.findByNameKey(key)
			.or(() -> this.clients.findByAliasKey(key).stream().findFirst())
			.map(Client::toSummary);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
