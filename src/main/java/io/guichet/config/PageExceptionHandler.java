package io.guichet.config;

import io.guichet.common.Forbidden;
import io.guichet.common.NotFoundException;
import io.guichet.common.TooLargeException;
import io.guichet.common.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Errors of the pages people read: a page in their language, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(TooManyAttemptsException.class)
	String tooMany(TooManyAttemptsException ex, Model model, HttpServletResponse response) {
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		model.addAttribute("minutes", Math.max(1, (ex.retryAfterSeconds() + 59) / 60));
		return "portal/too-many";
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(Model model, HttpServletResponse response) {
		return error(HttpStatus.NOT_FOUND, model, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	String forbidden(AccessDeniedException ex, Model model, HttpServletResponse response) {
		if (ex instanceof Forbidden reason) {
			model.addAttribute("reason", reason.key());
		}
		return error(HttpStatus.FORBIDDEN, model, response);
	}

	@ExceptionHandler({ TooLargeException.class, MaxUploadSizeExceededException.class })
	String tooLarge(Model model, HttpServletResponse response) {
		return error(HttpStatus.PAYLOAD_TOO_LARGE, model, response);
	}

	/** A body that is not multipart/form-data as it says: the sender's mistake. */
	@ExceptionHandler(MultipartException.class)
	String unreadableUpload(Model model, HttpServletResponse response) {
		return error(HttpStatus.BAD_REQUEST, model, response);
	}

	private static String error(HttpStatus status, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		return "error";
	}

}
