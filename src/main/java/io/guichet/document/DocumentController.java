package io.guichet.document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.ApiAnswers;
import io.guichet.common.Created;
import io.guichet.common.TooLargeException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Documents")
@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
class DocumentController {

	private static final String CLIENT_NOT_FOUND = "No such client, or it is hidden from this user.";

	private static final String NOT_FOUND = "No such client or document, or the client is hidden from this user.";

	private final AdminDocuments documents;

	DocumentController(AdminDocuments documents) {
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a document to a client",
			description = "A multipart/form-data upload of the file with its title, and optionally a reminder "
					+ "date (staff are reminded by e-mail on that day) and a note.")
	@ApiResponse(responseCode = "201", description = "Added; the new document's id.")
	@ApiResponse(responseCode = "400", description = "The title is missing, too long or on several lines, the "
			+ "file is missing or empty or its name is not valid, the note is too long, the reminder date is not "
			+ "a date, or the body is not valid multipart/form-data.")
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = CLIENT_NOT_FOUND)
	@ApiResponse(responseCode = "413",
			description = "The file is larger than guichet.documents.max-size (10 MB by default).")
	Created upload(@PathVariable UUID clientId, @RequestParam("file") MultipartFile file,
			@Parameter(description = "At most 200 characters, one line.",
					example = "Framework agreement 2026") @RequestParam(required = false) String title,
			@Parameter(description = "When staff are reminded of the document.", example = "2027-01-15") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reminderDate,
			@Parameter(description = "At most 2000 characters.",
					example = "Renew before the end of January.") @RequestParam(required = false) String note,
			Actor actor) {
		// checked before reading, so an oversized file never reaches memory twice
		if (file.getSize() > this.documents.maxSize().toBytes()) {
			throw new TooLargeException(this.documents.maxSize());
		}
		NewDocument upload = new NewDocument(strip(title), DocumentUploads.fileName(file),
				DocumentUploads.contentType(file), DocumentUploads.bytes(file), reminderDate, strip(note));
		return new Created(this.documents.upload(clientId, upload, actor));
	}

	@GetMapping
	@Operation(summary = "List a client's documents", description = "Newest first, without their content.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = CLIENT_NOT_FOUND)
	List<DocumentSummary> list(@PathVariable UUID clientId, Actor actor) {
		return this.documents.list(clientId, actor);
	}

	@GetMapping("/{documentId}/content")
	@Operation(summary = "Download a document")
	@ApiResponse(responseCode = "200",
			description = "The file as an attachment, under the content type it was uploaded with.",
			content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.READ_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	ResponseEntity<byte[]> content(@PathVariable UUID clientId, @PathVariable UUID documentId, Actor actor) {
		DocumentFile file = this.documents.content(clientId, documentId, actor);
		return DocumentUploads.attachment(file);
	}

	@DeleteMapping("/{documentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a document")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "403", description = ApiAnswers.WRITE_FORBIDDEN)
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	void delete(@PathVariable UUID clientId, @PathVariable UUID documentId, Actor actor) {
		this.documents.delete(clientId, documentId, actor);
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
