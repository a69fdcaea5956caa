package io.guichet.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.guichet.common.ConflictException;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.Forbidden;
import io.guichet.common.NotFoundException;
import io.guichet.common.TooLargeException;
import io.guichet.common.TooManyAttemptsException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of the REST API as RFC 9457 problem details, with one {@code errors} entry per
 * invalid field, in the caller's language (Accept-Language).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

	private final MessageSource messages;

	private final DataSize maxDocumentSize;

	ApiExceptionHandler(MessageSource messages, @Value("${guichet.documents.max-size}") DataSize maxDocumentSize) {
		this.messages = messages;
		this.maxDocumentSize = maxDocumentSize;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
		return badRequest(errors);
	}

	@ExceptionHandler(FieldErrorsException.class)
	ProblemDetail rules(FieldErrorsException ex) {
		List<Map<String, String>> errors = ex.errors()
			.stream()
			.map((error) -> Map.of("field", error.field(), "message", text(error.messageKey(), error.args())))
			.toList();
		return badRequest(errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String field = "body";
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JsonMappingException.Reference reference : mapping.getPath()) {
				if (reference.getFieldName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
				}
				else {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			field = path.toString();
		}
		String key = "body".equals(field) ? "guichet.validation.body" : "guichet.validation.type";
		return badRequest(List.of(Map.of("field", field, "message", text(key))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(Map.of("field", ex.getName(), "message", text("guichet.validation.type"))));
	}

	/** A body that is not multipart/form-data as it says (cut short, no boundary). */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException ex) {
		return badRequest(List.of(Map.of("field", "body", "message", text("guichet.validation.multipart"))));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return badRequest(
				List.of(Map.of("field", ex.getRequestPartName(), "message", text("guichet.validation.required"))));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(ex.messageKey(),
				ex.retryAfter() != null ? new Object[] { ex.retryAfter().toString() } : ex.args()));
		problem.setTitle(text("guichet.problem.conflict"));
		problem.setType(URI.create("urn:guichet:problem:" + ex.messageKey()));
		if (ex.retryAfter() != null) {
			problem.setProperty("retryAfter", ex.retryAfter().toString());
		}
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				text("guichet.problem.not-found"));
		problem.setTitle(text("guichet.problem.not-found.title"));
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		// the reason when the rule gave one, else the general sentence
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				text((ex instanceof Forbidden reason) ? reason.key() : "guichet.problem.forbidden"));
		problem.setTitle(text("guichet.problem.forbidden.title"));
		return problem;
	}

	@ExceptionHandler(TooLargeException.class)
	ProblemDetail tooLarge(TooLargeException ex) {
		return tooLarge(ex.limit());
	}

	/**
	 * The multipart limits caught the upload before Guichet did (uploads are parsed
	 * lazily, so this still reaches the controller's advice).
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return tooLarge(this.maxDocumentSize);
	}

	private ProblemDetail tooLarge(DataSize limit) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				text("guichet.problem.too-large", readable(limit)));
		problem.setTitle(text("guichet.problem.too-large.title"));
		problem.setType(URI.create("urn:guichet:problem:too-large"));
		problem.setProperty("maxBytes", limit.toBytes());
		return problem;
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " B";
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyAttemptsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				text("guichet.problem.too-many", ex.retryAfterSeconds()));
		problem.setTitle(text("guichet.problem.too-many.title"));
		problem.setProperty("retryAfter", ex.retryAfterSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem);
	}

	private ProblemDetail badRequest(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("guichet.problem.invalid"));
		problem.setTitle(text("guichet.problem.invalid.title"));
		problem.setType(URI.create("urn:guichet:problem:invalid-input"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

}
