package io.guichet.imports;

import java.io.IOException;
import java.util.UUID;

import io.guichet.common.Actor;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/contacts/export}: the contacts this user may see (of one client when
 * asked) as CSV with the import's columns and their access state. Viewers may export.
 */
@RestController
class ContactExportController {

	private final ContactExport export;

	ContactExportController(ContactExport export) {
		this.export = export;
	}

	@GetMapping(value = "/api/contacts/export", produces = "text/csv")
	void export(@RequestParam(required = false) UUID clientId, @RequestParam(defaultValue = "comma") String separator,
			Actor actor, HttpServletResponse response) throws IOException {
		this.export.download(clientId, separator, actor, response);
	}

}
