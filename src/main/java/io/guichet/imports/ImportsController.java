package io.guichet.imports;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.PageResult;

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
class ImportsController {

	private final ContactImports imports;

	ImportsController(ContactImports imports) {
		this.imports = imports;
	}

	/** 202 with the import (ANALYSING); 400 for a file that cannot be imported at all. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportStatus> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean createClients, Actor actor) {
		ImportStatus status = this.imports.upload(file, createClients, actor, LocaleContextHolder.getLocale());
		return ResponseEntity.accepted().location(URI.create("/api/imports/" + status.id())).body(status);
	}

	@GetMapping
	List<ImportStatus> list(Actor actor) {
		return this.imports.recent(actor, 50);
	}

	@GetMapping("/{id}")
	ImportStatus get(@PathVariable UUID id, Actor actor) {
		return this.imports.get(id, actor);
	}

	/**
	 * The report, a page at a time; {@code outcome=REJECTED} for the refused lines only.
	 */
	@GetMapping("/{id}/lines")
	PageResult<ImportLine> lines(@PathVariable UUID id, @RequestParam(required = false) Outcome outcome,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size, Actor actor) {
		return this.imports.lines(id, outcome, page, size, actor, LocaleContextHolder.getLocale());
	}

	@GetMapping(value = "/{id}/report", produces = "text/csv")
	ResponseEntity<byte[]> report(@PathVariable UUID id, Actor actor) {
		return CsvDownload.of(this.imports.report(id, actor, LocaleContextHolder.getLocale()),
				"import-report-" + id + ".csv");
	}

	/**
	 * 202: the valid lines are written in the background; 409 unless the dry run is over.
	 */
	@PostMapping("/{id}/run")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportStatus run(@PathVariable UUID id, Actor actor) {
		return this.imports.run(id, actor);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void discard(@PathVariable UUID id, Actor actor) {
		this.imports.discard(id, actor);
	}

}
