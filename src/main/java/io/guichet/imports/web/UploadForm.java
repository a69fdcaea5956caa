package io.guichet.imports.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the upload form posts; the file's rules (required, readable, not too many rows)
 * are {@code ContactImports}'. An unticked box sends nothing: no new clients.
 */
record UploadForm(MultipartFile file, Boolean createClients) {

	UploadForm {
		createClients = Boolean.TRUE.equals(createClients);
	}

	static UploadForm empty() {
		return new UploadForm(null, false);
	}

}
