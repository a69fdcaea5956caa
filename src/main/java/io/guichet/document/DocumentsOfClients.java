package io.guichet.document;

import java.util.UUID;

import io.guichet.client.ClientReferences;

import org.springframework.stereotype.Component;

/**
 * A client with admin documents cannot be deleted: they are kept until someone removes
 * them.
 */
@Component
class DocumentsOfClients implements ClientReferences {

	private final DocumentRepository documents;

	DocumentsOfClients(DocumentRepository documents) {
		this.documents = documents;
	}

	@Override
	public long countFor(UUID clientId) {
		return this.documents.countByClientId(clientId);
	}

	@Override
	public String refusalKey() {
		return "guichet.client.has-documents";
	}

}
