package io.guichet.config;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The problem details (RFC 9457) of Guichet's error answers, as the API description shows
 * them: only the fields that {@link ApiExceptionHandler}, {@link SecurityConfig},
 * {@link JsonBodyLimit} and {@link StaffSignInThrottle} really write. Never instantiated.
 */
final class ProblemSchemas {

	private static final String TYPE = "A URI naming the kind of problem: about:blank, or urn:guichet:problem:… for "
			+ "Guichet's own kinds.";

	private static final String TITLE = "A short summary of the kind of problem, in the caller's language "
			+ "(Accept-Language).";

	private static final String DETAIL = "What went wrong this time, in the caller's language; left out by the "
			+ "answers of the security filters.";

	private static final String INSTANCE = "The path of the request.";

	private ProblemSchemas() {
	}

	@Schema(name = "Problem", description = "An error answer (RFC 9457 problem details).",
			requiredProperties = { "type", "title", "status" })
	record Problem(@Schema(description = TYPE, example = "about:blank") URI type,
			@Schema(description = TITLE, example = "Not found") String title,
			@Schema(description = "The HTTP status code.", example = "404") int status,
			@Schema(description = DETAIL, example = "Nothing was found here.") String detail,
			@Schema(description = INSTANCE,
					example = "/api/clients/7c1e4b2a-5d3f-4e8b-9a61-2f0d8c3b5e47") URI instance) {
	}

	@Schema(name = "InvalidInputProblem",
			description = "Bad input (400): one errors[] entry per invalid field; nothing was written.",
			requiredProperties = { "type", "title", "status", "errors" })
	record InvalidInput(@Schema(description = TYPE, example = "urn:guichet:problem:invalid-input") URI type,
			@Schema(description = TITLE, example = "Invalid input") String title,
			@Schema(description = "The HTTP status code.", example = "400") int status,
			@Schema(description = DETAIL, example = "Some fields are not valid; nothing was saved.") String detail,
			@Schema(description = INSTANCE, example = "/api/contacts") URI instance,
			@ArraySchema(schema = @Schema(implementation = InvalidField.class),
					arraySchema = @Schema(description = "One entry per invalid field.")) List<InvalidField> errors) {
	}

	@Schema(name = "InvalidField", description = "A field that was refused, and why.")
	record InvalidField(
			@Schema(description = "The field's name as sent (nested: address.city, permissions[0]); "
					+ "body when the body itself cannot be read.", example = "email") String field,
			@Schema(description = "Why, in the caller's language.",
					example = "Enter a valid e-mail address, like name@company.com.") String message) {
	}

	@Schema(name = "ConflictProblem",
			description = "The request is valid but clashes with the current state (409); nothing was written.",
			requiredProperties = { "type", "title", "status" })
	record Conflict(
			@Schema(description = "urn:guichet:problem: followed by the kind of conflict.",
					example = "urn:guichet:problem:guichet.invitation.cool-down") URI type,
			@Schema(description = TITLE, example = "Conflict") String title,
			@Schema(description = "The HTTP status code.", example = "409") int status,
			@Schema(description = DETAIL,
					example = "The last invitation is too recent: a new one can be sent from "
							+ "2026-11-29T10:00:00Z.") String detail,
			@Schema(description = INSTANCE,
					example = "/api/contacts/3b9d6f1e-8a2c-4f5d-b7e0-6c4a1d9e2f83/invitations") URI instance,
			@Schema(description = "When the same request may succeed: only for a cool-down (a new invitation, "
					+ "a password-reset e-mail).", example = "2026-11-29T10:00:00Z") Instant retryAfter) {
	}

	@Schema(name = "TooLargeProblem", description = "The body or the file is larger than allowed (413).",
			requiredProperties = { "type", "title", "status", "maxBytes" })
	record TooLarge(@Schema(description = TYPE, example = "urn:guichet:problem:too-large") URI type,
			@Schema(description = TITLE, example = "Request too large") String title,
			@Schema(description = "The HTTP status code.", example = "413") int status,
			@Schema(description = DETAIL,
					example = "The request is larger than the 1 MB allowed; nothing was read or saved.") String detail,
			@Schema(description = INSTANCE, example = "/api/contacts") URI instance,
			@Schema(description = "The most bytes accepted.", example = "1048576") long maxBytes) {
	}

	@Schema(name = "TooManyAttemptsProblem",
			description = "Too many attempts from the caller's address (429); the Retry-After header says the "
					+ "same as retryAfter.",
			requiredProperties = { "type", "title", "status", "retryAfter" })
	record TooManyAttempts(@Schema(description = TYPE, example = "about:blank") URI type,
			@Schema(description = TITLE, example = "Too many attempts") String title,
			@Schema(description = "The HTTP status code.", example = "429") int status,
			@Schema(description = DETAIL,
					example = "Too many failed attempts from your address: try again in 60 seconds.") String detail,
			@Schema(description = INSTANCE, example = "/api/portal/authenticate") URI instance,
			@Schema(description = "Seconds to wait before trying again.", example = "60") long retryAfter) {
	}

}
