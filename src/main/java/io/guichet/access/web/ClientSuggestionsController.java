package io.guichet.access.web;

import java.util.List;
import java.util.Map;

import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.console.ConsolePage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The type-ahead of the console's client fields (static/js/client-typeahead.js): the
 * clients this user may see whose name or alias contains what was typed.
 */
@Controller
@ConsolePage
class ClientSuggestionsController {

	private final ClientDirectory clients;

	ClientSuggestionsController(ClientDirectory clients) {
		this.clients = clients;
	}

	@GetMapping("/console/clients/suggestions")
	@ResponseBody
	List<Map<String, String>> suggestions(@RequestParam(name = "q", required = false) String query, Actor actor) {
		return this.clients.search(query, 0, 10, actor)
			.items()
			.stream()
			.map((client) -> Map.of("id", client.id().toString(), "name", client.name()))
			.toList();
	}

}
