package io.guichet.access.web;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.guichet.access.AccessAdmin;
import io.guichet.access.SignInHelp;
import io.guichet.common.Actor;
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
class AccessController {

	private final AccessAdmin admin;

	private final SignInHelp help;

	AccessController(AccessAdmin admin, SignInHelp help) {
		this.admin = admin;
		this.help = help;
	}

	@PostMapping("/revocation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void revoke(@PathVariable UUID id, @RequestBody(required = false) Revocation revocation, Actor actor) {
		this.admin.revoke(id, revocation != null && Boolean.TRUE.equals(revocation.sendNotice()), actor);
	}

	@PutMapping("/access")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeRights(@PathVariable UUID id, @Valid @RequestBody Rights rights, Actor actor) {
		this.admin.changeRights(id, rights.role(), rights.permissionsOrNone(), rights.resourceProfilesMax(),
				rights.expiresOn(), actor);
	}

	@PostMapping("/reminder")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void remind(@PathVariable UUID id, Actor actor) {
		this.help.sendReminder(id, actor);
	}

	@PostMapping("/password-reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resetPassword(@PathVariable UUID id, Actor actor) {
		this.help.sendPasswordResetTo(id, actor);
	}

	record Revocation(@JsonProperty("notify") Boolean sendNotice) {
	}

}
