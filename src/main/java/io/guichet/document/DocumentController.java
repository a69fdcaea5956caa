package io.guichet.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.TooLargeException;

import org.springframework.format.annotation.DateTimeFormat;
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

@RestController
@RequestMapping("/api/clients/{clientId}/documents")
class DocumentController {

	private final AdminDocuments documents;

	DocumentController(AdminDocuments documents) {
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> upload(@PathVariable UUID clientId, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reminderDate,
			@RequestParam(required = false) String note, Actor actor) {
		// checked before reading, so an oversized file never reaches memory twice
		if (file.getSize() > this.documents.maxSize().toBytes()) {
			throw new TooLargeException(this.documents.maxSize());
		}
		NewDocument upload = new NewDocument(strip(title), DocumentUploads.fileName(file),
				DocumentUploads.contentType(file), DocumentUploads.bytes(file), reminderDate, strip(note));
		return Map.of("id", this.documents.upload(clientId, upload, actor));
	}

	@GetMapping
	List<DocumentSummary> list(@PathVariable UUID clientId, Actor actor) {
		return this.documents.list(clientId, actor);
	}

	@GetMapping("/{documentId}/content")
	ResponseEntity<byte[]> content(@PathVariable UUID clientId, @PathVariable UUID documentId, Actor actor) {
		DocumentFile file = this.documents.content(clientId, documentId, actor);
		return DocumentUploads.attachment(file);
	}

	@DeleteMapping("/{documentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID clientId, @PathVariable UUID documentId, Actor actor) {
		this.documents.delete(clientId, documentId, actor);
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
