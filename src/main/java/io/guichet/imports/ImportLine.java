package io.guichet.imports;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A line of the report as the API gives it: what the dry run planned and what the real
 * run did (null until then), the contact, the client it creates, the changes ("field: old
 * → new"), and the problems and notes in the reader's language.
 */
public record ImportLine(int row, String email, Outcome planned, Outcome result, boolean invite, UUID contactId,
		String newClient, List<String> changes, List<Message> problems, List<Message> notes) {

	static ImportLine of(ReportLine line, ReportText text, Locale locale) {
		return of(line, text, locale, false);
	}

	/** With {@code forPeople}, codes in the messages are labels (pages). */
	static ImportLine of(ReportLine line, ReportText text, Locale locale, boolean forPeople) {
		return new ImportLine(line.row(), line.email(), line.planned(), line.result(), line.invites(), line.contactId(),
				line.newClientName(), line.changes(), messages(line.problems(), text, locale, forPeople),
				messages(line.notes(), text, locale, forPeople));
	}

	/** What a person should look at: the result once written, else the plan. */
	@JsonProperty("outcome")
	public Outcome outcome() {
		return (this.result != null) ? this.result : this.planned;
	}

	private static List<Message> messages(List<Problem> problems, ReportText text, Locale locale, boolean forPeople) {
		return problems.stream()
			.map((p) -> new Message(p.field(), forPeople ? text.readable(p, locale) : text.message(p, locale)))
			.toList();
	}

	/** A column (or {@code row}, {@code file}) and what to know about it. */
	public record Message(String field, String message) {
	}

}
