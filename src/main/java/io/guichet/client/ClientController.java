package io.guichet.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
class ClientController {

	private final ClientDirectory directory;

	ClientController(ClientDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> create(@Valid @RequestBody NewClient client, Authentication user) {
		return Map.of("id", this.directory.create(client, Actor.of(user.getName())));
	}

	@GetMapping
	List<ClientSummary> search(@RequestParam(name = "q", required = false) String query) {
		return this.directory.search(query);
	}

}
