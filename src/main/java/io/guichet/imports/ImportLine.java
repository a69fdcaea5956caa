package io.guichet.imports;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.guichet.common.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A line of the report as the API gives it: what the dry run planned and what the real
 * run did (null until then), the contact, the client it creates, the changes ("field: old
 * → new"), and the problems and notes in the reader's language.
 */
public record ImportLine(@Schema(description = "The row in the file (the header is row 1).", example = "2") int row,
		@Schema(example = ApiExamples.EMAIL) String email,
		@Schema(description = "What the dry run plans.") Outcome planned,
		@Schema(description = "What the run did; null until then.") Outcome result,
		@Schema(description = "Whether the line invites the contact.", example = "true") boolean invite,
		@Schema(description = "The contact updated or created.", example = ApiExamples.CONTACT_ID) UUID contactId,
		@Schema(description = "The client the line creates, if any.", example = "Bowman Outdoor") String newClient,
		@Schema(description = "The changes, as field: old → new.",
				example = "[\"mobile: +1 438 555 0100 → +1 438 555 0199\"]") List<String> changes,
		@Schema(description = "Why the line is rejected.") List<Message> problems,
		@Schema(description = "What to know about the line.") List<Message> notes) {

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
	@Schema(description = "The result once written, else the plan.")
	public Outcome outcome() {
		return (this.result != null) ? this.result : this.planned;
	}

	private static List<Message> messages(List<Problem> problems, ReportText text, Locale locale, boolean forPeople) {
		return problems.stream()
			.map((p) -> new Message(p.field(), forPeople ? text.readable(p, locale) : text.message(p, locale)))
			.toList();
	}

	/** A column (or {@code row}, {@code file}) and what to know about it. */
	public record Message(@Schema(description = "A column, or row or file.", example = "invite") String field,
			@Schema(description = "In the caller's language.",
					example = "Already has portal access (ACTIVE): not invited again.") String message) {
	}

}
