package io.guichet.access.web;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.guichet.access.AccessAdmin;
import io.guichet.access.SignInHelp;
import io.guichet.common.Actor;
import io.guichet.common.ApiAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff actions on an existing portal access: the sponsor or an admin only (others get
 * 403, a contact they may not see 404), as on every door.
 */
@RestController
@RequestMapping("/api/contacts/{id}")
@Tag(name = "Portal access")
@ApiResponse(responseCode = "401", description = ApiAnswers.UNAUTHENTICATED)
@ApiResponse(responseCode = "403", description = ApiAnswers.SPONSOR_FORBIDDEN)
@ApiResponse(responseCode = "404", description = "No such contact, or hidden from this user.")
@ApiResponse(responseCode = "429", description = ApiAnswers.THROTTLED)
class AccessController {

	private final AccessAdmin admin;

	private final SignInHelp help;

	AccessController(AccessAdmin admin, SignInHelp help) {
		this.admin = admin;
		this.help = help;
	}

	@PostMapping("/revocation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Revoke a contact's portal access",
			description = "At once: the access becomes REVOKED, its links and sign-ins stop working. With notify "
					+ "true the contact gets an e-mail. The body may be left out (no e-mail).")
	@ApiResponse(responseCode = "202", description = "Revoked; the e-mail, if asked for, is on its way.")
	@ApiResponse(responseCode = "400", description = "The id is not a UUID, or the body is not valid JSON.")
	@ApiResponse(responseCode = "409", description = "The contact has no portal access, or it has already ended.")
	void revoke(@PathVariable UUID id, @RequestBody(required = false) Revocation revocation, Actor actor) {
		this.admin.revoke(id, revocation != null && Boolean.TRUE.equals(revocation.sendNotice()), actor);
	}

	@PutMapping("/access")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the rights of a contact's portal access",
			description = "Role, portal permissions, the most resource profiles (with RESOURCE_PROFILES only) "
					+ "and a fixed expiry date; all are replaced. An active access's deadlines follow at once.")
	@ApiResponse(responseCode = "204", description = "Changed.")
	@ApiResponse(responseCode = "400",
			description = "The role is missing, a permission is unknown, the expiry "
					+ "date is not in the future, or resourceProfilesMax is missing or not 1 to 1000 with "
					+ "RESOURCE_PROFILES.")
	@ApiResponse(responseCode = "409", description = "The contact has no portal access.")
	void changeRights(@PathVariable UUID id, @Valid @RequestBody Rights rights, Actor actor) {
		this.admin.changeRights(id, rights.role(), rights.permissionsOrNone(), rights.resourceProfilesMax(),
				rights.expiresOn(), actor);
	}

	@PostMapping("/reminder")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Remind a contact where and how to sign in",
			description = "An e-mail to an active contact with the portal's sign-in link; it asks for nothing.")
	@ApiResponse(responseCode = "202", description = "The e-mail is on its way.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "409", description = "The contact has no portal access, or it is not active.")
	void remind(@PathVariable UUID id, Actor actor) {
		this.help.sendReminder(id, actor);
	}

	@PostMapping("/password-reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a contact a password-reset link",
			description = "An e-mail to an active contact with a link to choose a new password; at most one per "
					+ "guichet.portal.reset-cooldown.")
	@ApiResponse(responseCode = "202", description = "The e-mail is on its way.")
	@ApiResponse(responseCode = "400", description = ApiAnswers.BAD_ID)
	@ApiResponse(responseCode = "409", description = "The contact has no portal access, it is not active, or a "
			+ "link was sent too recently (retryAfter says from when).")
	void resetPassword(@PathVariable UUID id, Actor actor) {
		this.help.sendPasswordResetTo(id, actor);
	}

	record Revocation(@Schema(description = "Whether the contact gets an e-mail; false when left out.",
			example = "true") @JsonProperty("notify") Boolean sendNotice) {
	}

}
