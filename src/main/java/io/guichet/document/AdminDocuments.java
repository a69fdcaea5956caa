package io.guichet.document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.guichet.audit.AuditLog;
import io.guichet.client.ClientDirectory;
import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.NotFoundException;
import io.guichet.common.Patterns;
import io.guichet.common.TooLargeException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The document module's façade: admin documents of the clients a staff user may see, each
 * upload and deletion written to the client's history.
 */
@Service
public class AdminDocuments {

	/** {@code document.file_name} */
	private static final int MAX_FILE_NAME = 255;

	private final DocumentRepository documents;

	private final DocumentContentRepository contents;

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final Clock clock;

	private final DataSize maxSize;

	AdminDocuments(DocumentRepository documents, DocumentContentRepository contents, ClientDirectory clients,
			AuditLog audit, Clock clock, @Value("${guichet.documents.max-size}") DataSize maxSize) {
		this.documents = documents;
		this.contents = contents;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

	@Transactional
	public UUID upload(UUID clientId, NewDocument upload, Actor actor) {
		this.clients.get(clientId, actor);
		if (upload.content().length > this.maxSize.toBytes()) {
			throw new TooLargeException(this.maxSize);
		}
		check(upload);
		Document document = new Document(clientId, upload, actor.name(), this.clock.instant());
		this.documents.save(document);
		this.contents.save(new DocumentContent(document.getId(), upload.content()));
		this.audit.record(AuditLog.CLIENT, clientId, "DOCUMENT_ADDED", actor, "title=" + upload.title() + "; file="
				+ upload.fileName() + ((upload.reminderDate() != null) ? "; reminder=" + upload.reminderDate() : ""));
		return document.getId();
	}

	/** Newest first, without the bytes. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> list(UUID clientId, Actor actor) {
		this.clients.get(clientId, actor);
		return this.documents.findByClientIdOrderByUploadedAtDesc(clientId).stream().map(Document::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public DocumentFile content(UUID clientId, UUID documentId, Actor actor) {
		Document document = visible(clientId, documentId, actor);
		byte[] bytes = this.contents.findById(documentId)
			.map(DocumentContent::getContent)
			.orElseThrow(() -> new NotFoundException("document"));
		return new DocumentFile(document.getFileName(), document.getContentType(), bytes);
	}

	@Transactional
	public void delete(UUID clientId, UUID documentId, Actor actor) {
		Document document = visible(clientId, documentId, actor);
		this.contents.deleteById(documentId);
		this.documents.delete(document);
		this.audit.record(AuditLog.CLIENT, clientId, "DOCUMENT_DELETED", actor,
				"title=" + document.getTitle() + "; file=" + document.getFileName());
	}

	private Document visible(UUID clientId, UUID documentId, Actor actor) {
		this.clients.get(clientId, actor);
		return this.documents.findByIdAndClientId(documentId, clientId)
			.orElseThrow(() -> new NotFoundException("document"));
	}

	private static void check(NewDocument upload) {
		List<FieldErrorsException.FieldError> errors = new ArrayList<>();
		if (upload.title() == null || upload.title().isBlank()) {
			errors.add(new FieldErrorsException.FieldError("title", "guichet.validation.required"));
		}
		else if (upload.title().length() > 200) {
			errors.add(new FieldErrorsException.FieldError("title", "guichet.validation.size"));
		}
		else if (!upload.title().matches(Patterns.SINGLE_LINE)) {
			errors.add(new FieldErrorsException.FieldError("title", "guichet.validation.single-line"));
		}
		if (upload.content().length == 0) {
			errors.add(new FieldErrorsException.FieldError("file", "guichet.validation.required"));
		}
		else if (upload.fileName().length() > MAX_FILE_NAME) {
			errors.add(new FieldErrorsException.FieldError("file", "guichet.document.file-name.size", MAX_FILE_NAME));
		}
		else if (!upload.fileName().matches(Patterns.SINGLE_LINE)) {
			errors.add(new FieldErrorsException.FieldError("file", "guichet.document.file-name.single-line"));
		}
		if (upload.note() != null && upload.note().length() > 2000) {
			errors.add(new FieldErrorsException.FieldError("note", "guichet.validation.size"));
		}
		else if (upload.note() != null && upload.note().indexOf('\u0000') >= 0) {
			// PostgreSQL cannot store a NUL character
			errors.add(new FieldErrorsException.FieldError("note", "guichet.validation.type"));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
	}

}
