package io.guichet.imports;

import java.io.IOException;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.ApiAnswers;
import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/contacts/export}: the contacts this user may see (of one client when
 * asked) as CSV with the import's columns and their access state. Viewers may export.
 */
@RestController
@Tag(name = "Imports and exports")
class ContactExportController {

	private final ContactExport export;

	ContactExportController(ContactExport export) {
		this.export = export;
	}

	@GetMapping(value = "/api/contacts/export", produces = "text/csv")
	@Operation(summary = "Export contacts as CSV",
			description = "The contacts this user may see, of one client or of all, in the import's columns plus "
					+ "their access state: a file that can be changed and imported again. Viewers may export.")
	@ApiResponse(responseCode = "200", description = "The CSV file (UTF-8), as an attachment.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", description = "separator is not comma or semicolon, or clientId is not a UUID.")
	@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = "No such client, or it is hidden from this user.")
	@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
	void export(
			@Parameter(description = "Only this client's contacts.",
					example = ApiExamples.CLIENT_ID) @RequestParam(required = false) UUID clientId,
			@Parameter(description = "comma or semicolon (for a spreadsheet set to French).",
					schema = @Schema(allowableValues = { "comma", "semicolon" })) @RequestParam(
							defaultValue = "comma") String separator,
			Actor actor, HttpServletResponse response) throws IOException {
		this.export.download(clientId, separator, actor, response);
	}

}
