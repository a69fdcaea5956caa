package io.guichet.imports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.guichet.audit.HistoryTexts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's problems, notes and changes as a person reads them, in their language:
 * column labels instead of column names, labels instead of codes.
 */
@Component
class ReportText {

	private final MessageSource messages;

	private final HistoryTexts history;

	ReportText(MessageSource messages, HistoryTexts history) {
		this.messages = messages;
		this.history = history;
	}

	/** The message as the API gives it (an access state as its code). */
	String message(Problem problem, Locale locale) {
		return this.messages.getMessage(problem.key(), problem.args().toArray(), problem.key(), locale);
	}

	/** The message as pages and the CSV report give it: an access state as its label. */
	String readable(Problem problem, Locale locale) {
		Object[] args = problem.args().toArray();
		if (problem.key().equals("guichet.import.note.has-access") && args.length == 1) {
			args[0] = this.messages.getMessage("console.state." + args[0], null, String.valueOf(args[0]), locale);
		}
		return this.messages.getMessage(problem.key(), args, problem.key(), locale);
	}

	/** {@code Column: message; Column: message}. */
	String describe(List<Problem> problems, Locale locale) {
		return problems.stream()
			.map((p) -> pair(p.field(), readable(p, locale), locale))
			.collect(Collectors.joining("; "));
	}

	/** A column of the file ({@code job_title}) or {@code row}, as its label. */
	String field(String field, Locale locale) {
		return this.history.field(Column.ofHeader(field).map(Column::property).orElse(field), locale);
	}

	/** A column and a message about it. */
	String pair(String field, String message, Locale locale) {
		return this.history.pair(field(field, locale), message, locale);
	}

	/** {@code jobTitle: a → b} as {@code Job title: a → b}. */
	String change(String change, Locale locale) {
		return this.history.change(change, locale);
	}

	String outcome(Outcome outcome, boolean planned, Locale locale) {
		String key = "guichet.import.outcome." + (planned ? "planned." : "done.") + outcome.name();
		return this.messages.getMessage(key, null, key, locale);
	}

	String yesNo(boolean yes, Locale locale) {
		String key = yes ? "guichet.import.report.yes" : "guichet.import.report.no";
		return this.messages.getMessage(key, null, key, locale);
	}

}
