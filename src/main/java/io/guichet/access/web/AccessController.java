package io.guichet.access.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.guichet.access.AccessAdmin;
import io.guichet.access.ContactQueries;
import io.guichet.client.StaffViewer;
import io.guichet.access.Role;
import io.guichet.common.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff actions on an existing portal access. */
@RestController
@RequestMapping("/api/contacts/{id}")
class AccessController {

	static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";

	private final AccessAdmin admin;

	private final ContactQueries queries;

	AccessController(AccessAdmin admin, ContactQueries queries) {
		this.admin = admin;
		this.queries = queries;
	}

	@PostMapping("/revocation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void revoke(@PathVariable UUID id, @RequestBody(required = false) Revocation revocation, Authentication user) {
		// SPEC §7: any staff user may revoke over the API (the console keeps its buttons
		// to
		// the sponsor and admins)
		this.queries.get(id, StaffViewer.of(user));
		this.admin.revoke(id, revocation != null && Boolean.TRUE.equals(revocation.sendNotice()),
				Actor.of(user.getName()));
	}

	/**
	 * Role, permissions and expiry date: the sponsor or an admin only (others get 403).
	 */
	@PutMapping("/access")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeRights(@PathVariable UUID id, @Valid @RequestBody Rights rights, Authentication user) {
		this.queries.get(id, StaffViewer.of(user));
		boolean isAdmin = user.getAuthorities().stream().anyMatch((a) -> ADMIN_AUTHORITY.equals(a.getAuthority()));
		this.admin.changeRights(id, rights.role(), (rights.permissions() != null) ? rights.permissions() : List.of(),
				rights.resourceProfilesMax(), rights.expiresOn(), Actor.of(user.getName()), isAdmin);
	}

	@PostMapping("/reminder")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void remind(@PathVariable UUID id, Authentication user) {
		this.queries.get(id, StaffViewer.of(user));
		this.admin.sendReminder(id, Actor.of(user.getName()));
	}

	@PostMapping("/password-reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resetPassword(@PathVariable UUID id, Authentication user) {
		this.queries.get(id, StaffViewer.of(user));
		this.admin.sendPasswordResetTo(id, Actor.of(user.getName()));
	}

	record Revocation(@JsonProperty("notify") Boolean sendNotice) {
	}

	record Rights(@NotNull(message = "{guichet.validation.role}") Role role,
			List<@NotNull(message = "{guichet.validation.required}") String> permissions, Integer resourceProfilesMax,
			LocalDate expiresOn) {
	}

}
