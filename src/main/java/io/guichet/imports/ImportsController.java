package io.guichet.imports;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.ApiAnswers;
import io.guichet.common.ApiExamples;
import io.guichet.common.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV imports of contacts: upload (the dry run starts), follow the progress, read the
 * report, run, discard. Staff only; each sees their own imports, admins every import.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports and exports")
@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
class ImportsController {

	private static final String NOT_FOUND = "No such import, or another user's (only admins see everyone's).";

	private final ContactImports imports;

	ImportsController(ContactImports imports) {
		this.imports = imports;
	}

	/** 202 with the import (ANALYSING); 400 for a file that cannot be imported at all. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV file of contacts",
			description = "A multipart/form-data upload. The file (UTF-8, comma or semicolon, a header row naming "
					+ "the columns: client, first_name, last_name, email are required) is checked at once; its dry "
					+ "run then starts in the background and writes nothing to contacts. Follow it with GET "
					+ "/api/imports/{id} (Location header) until ANALYSED, read the report, then run it.")
	@ApiResponse(responseCode = "202", description = "Accepted: the import, ANALYSING.",
			headers = @Header(name = "Location", description = "The import's address.",
					schema = @Schema(type = "string", example = "/api/imports/" + ApiExamples.IMPORT_ID)))
	@ApiResponse(responseCode = "400", description = "The file is missing, empty, not a UTF-8 CSV file, has too "
			+ "many rows, columns missing, unknown or repeated, or a quote never closed; or the body is not valid "
			+ "multipart/form-data.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "413",
			description = "The file is larger than guichet.documents.max-size (10 MB by default).")
	ResponseEntity<ImportStatus> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@Parameter(description = "Create the clients the file names that do not exist yet (else their lines "
					+ "are rejected).") @RequestParam(defaultValue = "false") boolean createClients,
			Actor actor) {
		ImportStatus status = this.imports.upload(file, createClients, actor, LocaleContextHolder.getLocale());
		return ResponseEntity.accepted().location(URI.create("/api/imports/" + status.id())).body(status);
	}

	@GetMapping
	@Operation(summary = "List recent imports",
			description = "The 50 newest: this user's own, or everyone's for an admin.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	List<ImportStatus> list(Actor actor) {
		return this.imports.recent(actor, 50);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Follow an import",
			description = "Its state, progress and counts (the dry run's until the real run starts).")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	ImportStatus get(@PathVariable UUID id, Actor actor) {
		return this.imports.get(id, actor);
	}

	/**
	 * The report, a page at a time; {@code outcome=REJECTED} for the refused lines only.
	 */
	@GetMapping("/{id}/lines")
	@Operation(summary = "Read an import's report",
			description = "Line by line, a page at a time (at most 500 a page): what the dry run plans and what "
					+ "the run did, with the problems and notes in the caller's language.")
	@ApiResponse(responseCode = "400",
			description = "The id is not a UUID, outcome is not one of the outcomes, or "
					+ "page or size is not a number.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	PageResult<ImportLine> lines(@PathVariable UUID id,
			@Parameter(description = "Only the lines with this outcome (REJECTED: the refused ones).") @RequestParam(
					required = false) Outcome outcome,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size, Actor actor) {
		return this.imports.lines(id, outcome, page, size, actor, LocaleContextHolder.getLocale());
	}

	@GetMapping(value = "/{id}/report", produces = "text/csv")
	@Operation(summary = "Download an import's report as CSV",
			description = "Every line with its outcome, changes, problems and notes, in the caller's language.")
	@ApiResponse(responseCode = "200", description = "The report, as an attachment.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	ResponseEntity<byte[]> report(@PathVariable UUID id, Actor actor) {
		return CsvDownload.of(this.imports.report(id, actor, LocaleContextHolder.getLocale()),
				"import-report-" + id + ".csv");
	}

	/**
	 * 202: the valid lines are written in the background; 409 unless the dry run is over.
	 */
	@PostMapping("/{id}/run")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Run an import",
			description = "Once its dry run is over: the valid lines are written in the background (contacts "
					+ "created or updated, invitations sent); the rejected ones are left out.")
	@ApiResponse(responseCode = "202", description = "Accepted: the import, RUNNING.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "The dry run is not over, or the import already ran.")
	ImportStatus run(@PathVariable UUID id, Actor actor) {
		return this.imports.run(id, actor);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Discard an import", description = "The import and its report; contacts it wrote stay.")
	@ApiResponse(responseCode = "204", description = "Discarded.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "Its dry run or its run is under way.")
	void discard(@PathVariable UUID id, Actor actor) {
		this.imports.discard(id, actor);
	}

}
