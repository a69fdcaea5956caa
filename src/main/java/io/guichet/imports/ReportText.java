package io.guichet.imports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report's problems and notes as a person reads them, in their language. */
@Component
class ReportText {

	private final MessageSource messages;

	ReportText(MessageSource messages) {
		this.messages = messages;
	}

	String message(Problem problem, Locale locale) {
		return this.messages.getMessage(problem.key(), problem.args().toArray(), problem.key(), locale);
	}

	/** {@code field: message; field: message}. */
	String describe(List<Problem> problems, Locale locale) {
		return problems.stream().map((p) -> p.field() + ": " + message(p, locale)).collect(Collectors.joining("; "));
	}

	String outcome(Outcome outcome, boolean planned, Locale locale) {
		String key = "guichet.import.outcome." + (planned ? "planned." : "done.") + outcome.name();
		return this.messages.getMessage(key, null, key, locale);
	}

}
