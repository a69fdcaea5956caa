package io.guichet.config;

import io.guichet.common.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

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

}
