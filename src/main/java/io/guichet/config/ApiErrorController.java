package io.guichet.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.guichet.common.RequestLocale;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Errors that reach {@code /error} without passing through the API's own handler (a path
 * the firewall refuses, no such resource, a wrong method or media type) still answer an
 * API caller with problem details (the engine REST API too); pages keep Spring Boot's
 * error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {

	private final MessageSource messages;

	ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
			ObjectProvider<ErrorViewResolver> resolvers, MessageSource messages) {
		super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
		this.messages = messages;
	}

	/**
	 * A multipart body that cannot be parsed (e.g. a file name holding a line break)
	 * fails before any controller: it is the caller's error, not the server's.
	 */
	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			// /error asked for directly: there is no such page
			return HttpStatus.NOT_FOUND;
		}
		for (Object error = request.getAttribute(
				RequestDispatcher.ERROR_EXCEPTION); error instanceof Throwable cause; error = cause.getCause()) {
			if (cause instanceof MaxUploadSizeExceededException) {
				return HttpStatus.PAYLOAD_TOO_LARGE;
			}
			if (cause instanceof MultipartException || cause instanceof InvalidFileNameException) {
				return HttpStatus.BAD_REQUEST;
			}
		}
		return super.getStatus(request);
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		HttpStatus status = getStatus(request);
		if (uri == null
				|| !(uri.startsWith("/api/") || uri.startsWith("/portal/api/") || uri.startsWith("/engine-rest/"))
				|| status.value() < 400) {
			return super.error(request);
		}
		String detail = this.messages.getMessage("guichet.problem.refused", null, "The request was refused.",
				RequestLocale.current(request));
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		if (status == HttpStatus.BAD_REQUEST) {
			problem.put("errors", List.of(Map.of("field", "request", "message", detail)));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
