package io.guichet.access.web;

import java.util.UUID;

import io.guichet.access.ContactQueries;
import io.guichet.access.ContactView;
import io.guichet.access.Onboarding;
import io.guichet.access.Registered;
import io.guichet.common.Actor;
import io.guichet.common.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for contacts and their invitations. */
@RestController
@RequestMapping("/api/contacts")
class ContactsController {

	private final Onboarding onboarding;

	private final ContactQueries queries;

	ContactsController(Onboarding onboarding, ContactQueries queries) {
		this.onboarding = onboarding;
		this.queries = queries;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Registered create(@Valid @RequestBody NewContactRequest request, Authentication user) {
		return this.onboarding.registerByStaff(request.clientId(), request.details(), request.role(), request.invited(),
				Actor.of(user.getName()));
	}

	@GetMapping(params = "email")
	ContactView findByEmail(@RequestParam String email) {
		return this.queries.findByEmail(email).orElseThrow(() -> new NotFoundException("contact"));
	}

	@GetMapping("/{id}")
	ContactView get(@PathVariable UUID id) {
		return this.queries.get(id);
	}

	/**
	 * Sends an invitation: the first, a new one after the cool-down, or again after the
	 * access ended.
	 */
	@PostMapping("/{id}/invitations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void invite(@PathVariable UUID id, Authentication user) {
		this.onboarding.requestInvitation(id, Actor.of(user.getName()));
	}

}
