package io.guichet.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * What an uploaded file says of itself (its name, its type and its bytes), and how a
 * stored one is sent back: as an attachment, never rendered by the browser.
 */
public final class DocumentUploads {

	private DocumentUploads() {
	}

	public static String fileName(MultipartFile file) {
		String name = StringUtils.getFilename(file.getOriginalFilename());
		return (name == null || name.isBlank()) ? "document" : name.strip();
	}

	public static String contentType(MultipartFile file) {
		try {
			return (file.getContentType() != null) ? MediaType.parseMediaType(file.getContentType()).toString()
					: MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}
	}

	public static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ResponseEntity<byte[]> attachment(DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
