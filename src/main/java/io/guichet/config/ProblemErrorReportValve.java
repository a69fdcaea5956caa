package io.guichet.config;

import java.io.IOException;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

/**
 * Refusals Tomcat makes itself, before Spring sees the request (a request line or header
 * too long, a malformed URI), answered as problem details under {@code /api} like every
 * other API error (and as JSON on the engine REST API); pages keep Tomcat's bare page,
 * without server details.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final MessageSource messages;

	ProblemErrorReportValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	/**
	 * Replaces the host's error report valves once the context has started (Spring Boot
	 * adds its own while customizing, Tomcat its default when the host starts).
	 */
	static TomcatContextCustomizer install(MessageSource messages) {
		return (context) -> context.addLifecycleListener((event) -> {
			if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemErrorReportValve(messages));
			}
		});
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		String uri = request.getDecodedRequestURI();
		boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/") || uri.startsWith("/portal/api/")
				|| uri.startsWith("/engine-rest/");
		if (status < 400 || !api || response.isCommitted() || response.getContentWritten() > 0) {
			super.report(request, response, throwable);
			return;
		}
		Locale locale = (request.getCoyoteRequest().getMimeHeaders().getHeader("Accept-Language") != null)
				? request.getLocale() : Locale.ENGLISH;
		String detail = this.messages.getMessage("guichet.problem.refused", null, "The request was refused.", locale);
		String field = (status == 400) ? ",\"errors\":[{\"field\":\"request\",\"message\":\"" + json(detail) + "\"}]"
				: "";
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getReporter()
				.write("{\"type\":\"about:blank\",\"title\":\"" + json(detail) + "\",\"status\":" + status + field
						+ "}");
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone: nothing to report to
		}
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
