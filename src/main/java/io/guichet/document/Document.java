package io.guichet.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What Guichet knows of an admin document; the bytes are in {@link DocumentContent}. */
@Entity
@Table(name = "document")
class Document {

	@Id
	private UUID id;

	@Column(name = "client_id")
	private UUID clientId;

	private String title;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "reminder_date")
	private LocalDate reminderDate;

	private String note;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected Document() {
	}

	Document(UUID clientId, NewDocument document, String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.clientId = clientId;
		this.title = document.title();
		this.fileName = document.fileName();
		this.contentType = document.contentType();
		this.size = document.content().length;
		this.reminderDate = document.reminderDate();
		this.note = document.note();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	UUID getId() {
		return this.id;
	}

	UUID getClientId() {
		return this.clientId;
	}

	String getTitle() {
		return this.title;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	LocalDate getReminderDate() {
		return this.reminderDate;
	}

	String getNote() {
		return this.note;
	}

	DocumentSummary toSummary() {
		return new DocumentSummary(this.id, this.clientId, this.title, this.fileName, this.contentType, this.size,
				this.reminderDate, this.note, this.remindedAt, this.uploadedBy, this.uploadedAt);
	}

}
