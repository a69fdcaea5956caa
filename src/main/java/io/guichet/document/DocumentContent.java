package io.guichet.document;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a document, in a table of their own so that lists never load them. */
@Entity
@Table(name = "document_content")
class DocumentContent {

	@Id
	@Column(name = "document_id")
	private UUID documentId;

	// a plain byte[] (no @Lob): bytea on PostgreSQL, binary varying on H2
	private byte[] content;

	protected DocumentContent() {
	}

	DocumentContent(UUID documentId, byte[] content) {
		this.documentId = documentId;
		this.content = content;
	}

	byte[] getContent() {
		return this.content;
	}

}
