package io.guichet.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
class ClientController {

	private final ClientDirectory directory;

	private final ApplicationEventPublisher events;

	ClientController(ClientDirectory directory, ApplicationEventPublisher events) {
		this.directory = directory;
		this.events = events;
	}

	record InactivityPeriod(Duration period) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@Valid @RequestBody NewClient client, Authentication user) {
		return Map.of("id", this.directory.create(client, Actor.of(user.getName())));
	}

	/**
	 * Admins only: the inactivity period of this client's contacts ({@code null} for the
	 * default).
	 */
	@PutMapping("/{id}/inactivity-period")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void inactivityPeriod(@PathVariable UUID id, @RequestBody InactivityPeriod body, Authentication user) {
		if (user.getAuthorities().stream().noneMatch((a) -> "GROUP_camunda-admin".equals(a.getAuthority()))) {
			throw new AccessDeniedException("admins only");
		}
		Duration period = (body.period() != null) ? body.period() : null;
		if (period != null && (period.isNegative() || period.isZero())) {
			throw FieldErrorsException.of("period", "guichet.client.period-positive");
		}
		if (!this.directory.setInactivityPeriod(id, period, Actor.of(user.getName()))) {
			throw new NotFoundException("client");
		}
		this.events.publishEvent(new ClientPeriodChanged(id));
	}

	@GetMapping
	List<ClientSummary> search(@RequestParam(name = "q", required = false) String query) {
		return this.directory.search(query);
	}

}
