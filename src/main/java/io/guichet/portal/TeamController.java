package io.guichet.portal;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.guichet.access.ManagerTeam;
import io.guichet.access.ManagerTeam.Manager;
import io.guichet.access.ManagerTeam.TeamMember;
import io.guichet.access.Role;
import io.guichet.common.ApiExamples;
import io.guichet.common.LanguageCode;
import io.guichet.common.PhoneNumber;
import io.guichet.common.ContactEmail;
import io.guichet.common.ShortText;
import io.guichet.common.PersonName;
import io.guichet.common.Reachable;
import io.guichet.contact.ContactDetails;
import io.guichet.project.MovedAssignments;
import io.guichet.project.ProjectBook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client manager's self-service, on the portal's own security chain (session and CSRF):
 * the own company's contacts only; any other company is 404.
 */
@RestController
@RequestMapping("/portal/api/team")
@Tag(name = "Manager's team")
@SecurityRequirement(name = "portalSession")
@ApiResponse(responseCode = "302", description = "Not signed in to the portal: redirected to /portal/login.")
class TeamController {

	private static final String NOT_MANAGER = "The contact signed in is not an active manager.";

	private static final String NOT_MANAGER_OR_CSRF = "The contact signed in is not an active manager, or the "
			+ "X-CSRF-TOKEN header is missing or wrong.";

	private static final String NOT_COLLEAGUE = "No such contact in the manager's company (or one that clients may "
			+ "not see, or whose registration is not approved).";

	private final ManagerTeam team;

	private final ProjectBook projects;

	TeamController(ManagerTeam team, ProjectBook projects) {
		this.team = team;
		this.projects = projects;
	}

	record Move(@Schema(description = "The colleague who takes the work over.",
			example = ApiExamples.COLLEAGUE_ID) @NotNull(message = "{guichet.validation.required}") UUID toContactId) {
	}

	@GetMapping
	@Operation(summary = "List the manager's colleagues",
			description = "The contacts of the manager's company that clients may see, with their portal role and "
					+ "state; registrations waiting for review or rejected are left out.")
	@ApiResponse(responseCode = "403", description = NOT_MANAGER)
	List<TeamMember> list(Authentication contact) {
		return this.team.team(manager(contact));
	}

	/**
	 * A new colleague: reviewed by an approver; the same answer whether the e-mail is
	 * known or not.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Ask for a new colleague's access",
			description = "An approver reviews the request, as for a self-registration; the answer is the same "
					+ "whether or not the e-mail address is already known.")
	@ApiResponse(responseCode = "202", description = "Received.")
	@ApiResponse(responseCode = "400",
			description = "A field is not valid: names, e-mail address and role are "
					+ "required, with one other channel (phone, mobile or other).")
	@ApiResponse(responseCode = "403", description = NOT_MANAGER_OR_CSRF)
	void invite(@Valid @RequestBody Invitation invitation, Authentication contact) {
		this.team.invite(manager(contact), invitation.details(), invitation.role());
	}

	@PutMapping("/{contactId}/role")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a colleague's portal role")
	@ApiResponse(responseCode = "204", description = "Changed.")
	@ApiResponse(responseCode = "400", description = "The role is missing or unknown, or the id is not a UUID.")
	@ApiResponse(responseCode = "403", description = NOT_MANAGER_OR_CSRF + " A manager does not change its own access.")
	@ApiResponse(responseCode = "404", description = NOT_COLLEAGUE + " Or it has no portal access.")
	void changeRole(@PathVariable UUID contactId, @Valid @RequestBody RoleChange change, Authentication contact) {
		this.team.changeRole(manager(contact), contactId, change.role());
	}

	@PostMapping("/{contactId}/revocation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Revoke a colleague's portal access",
			description = "At once; with notify true the colleague gets an e-mail. The body may be left out.")
	@ApiResponse(responseCode = "202", description = "Revoked.")
	@ApiResponse(responseCode = "400", description = "The id is not a UUID, or the body is not valid JSON.")
	@ApiResponse(responseCode = "403", description = NOT_MANAGER_OR_CSRF + " A manager does not revoke its own access.")
	@ApiResponse(responseCode = "404", description = NOT_COLLEAGUE + " Or it has no portal access.")
	@ApiResponse(responseCode = "409", description = "The access has already ended.")
	void remove(@PathVariable UUID contactId, @RequestBody(required = false) Removal removal, Authentication contact) {
		this.team.remove(manager(contact), contactId, removal != null && Boolean.TRUE.equals(removal.sendNotice()));
	}

	/** Moves one colleague's assignments in open projects to another colleague. */
	@PostMapping("/{contactId}/assignments/move")
	@Operation(summary = "Move a colleague's project work to another colleague",
			description = "Its assignments in open projects, except where the other colleague is already "
					+ "assigned.")
	@ApiResponse(responseCode = "200", description = "Moved.")
	@ApiResponse(responseCode = "400",
			description = "toContactId is missing or the colleague itself, or the id is not a UUID.")
	@ApiResponse(responseCode = "403", description = NOT_MANAGER_OR_CSRF)
	@ApiResponse(responseCode = "404", description = "Either contact is not a colleague: " + NOT_COLLEAGUE)
	MovedAssignments move(@PathVariable UUID contactId, @Valid @RequestBody Move move, Authentication contact) {
		Manager manager = manager(contact);
		this.team.colleague(manager, contactId);
		this.team.colleague(manager, move.toContactId());
		return new MovedAssignments(this.projects.moveAssignments(contactId, move.toContactId(), manager.actor()));
	}

	private Manager manager(Authentication contact) {
		return this.team.manager(UUID.fromString(contact.getName()));
	}

	record RoleChange(
			@Schema(description = "The new role.") @NotNull(message = "{guichet.validation.role}") Role role) {
	}

	record Removal(@Schema(description = "Whether the colleague gets an e-mail; false when left out.",
			example = "true") @JsonProperty("notify") Boolean sendNotice) {
	}

	@Reachable
	record Invitation(@Schema(example = "Paul") @PersonName String firstName,
			@Schema(example = "Girard") @PersonName String lastName,
			@Schema(example = "paul.girard@example.com") @ContactEmail String email,
			@Schema(example = "+1 514 555 0161") @PhoneNumber String phone,
			@Schema(example = "+1 438 555 0172") @PhoneNumber String mobile,
			@Schema(example = "Teams: Paul Girard") @ShortText String otherChannel,
			@NotNull(message = "{guichet.validation.role}") Role role,
			@Schema(description = "fr or en.", example = ApiExamples.LANGUAGE) @LanguageCode String language)
			implements
				Reachable.Channels {

		ContactDetails details() {
			return new ContactDetails(this.firstName, this.lastName, this.email, this.phone, this.mobile,
					this.otherChannel, this.language);
		}

	}

}
