package io.guichet.document;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/** What an uploaded file says of itself: its name, its type and its bytes. */
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

}
