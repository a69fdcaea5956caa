package io.guichet.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.guichet.access.ManagerTeam;
import io.guichet.access.ManagerTeam.Manager;
import io.guichet.access.ManagerTeam.TeamMember;
import io.guichet.access.Role;
import io.guichet.common.LanguageCode;
import io.guichet.common.PhoneNumber;
import io.guichet.common.ContactEmail;
import io.guichet.common.ShortText;
import io.guichet.common.PersonName;
import io.guichet.common.Reachable;
import io.guichet.contact.ContactDetails;
import io.guichet.project.ProjectBook;
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
class TeamController {

	private final ManagerTeam team;

	private final ProjectBook projects;

	TeamController(ManagerTeam team, ProjectBook projects) {
		this.team = team;
		this.projects = projects;
	}

	record Move(@NotNull(message = "{guichet.validation.required}") UUID toContactId) {
	}

	@GetMapping
	List<TeamMember> list(Authentication contact) {
		return this.team.team(manager(contact));
	}

	/**
	 * A new colleague: reviewed by an approver; the same answer whether the e-mail is
	 * known or not.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	void invite(@Valid @RequestBody Invitation invitation, Authentication contact) {
		this.team.invite(manager(contact), invitation.details(), invitation.role());
	}

	@PutMapping("/{contactId}/role")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeRole(@PathVariable UUID contactId, @Valid @RequestBody RoleChange change, Authentication contact) {
		this.team.changeRole(manager(contact), contactId, change.role());
	}

	@PostMapping("/{contactId}/revocation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void remove(@PathVariable UUID contactId, @RequestBody(required = false) Removal removal, Authentication contact) {
		this.team.remove(manager(contact), contactId, removal != null && Boolean.TRUE.equals(removal.sendNotice()));
	}

	/** Moves one colleague's assignments in open projects to another colleague. */
	@PostMapping("/{contactId}/assignments/move")
	Map<String, Integer> move(@PathVariable UUID contactId, @Valid @RequestBody Move move, Authentication contact) {
		Manager manager = manager(contact);
		this.team.colleague(manager, contactId);
		this.team.colleague(manager, move.toContactId());
		return Map.of("moved", this.projects.moveAssignments(contactId, move.toContactId(), manager.actor()));
	}

	private Manager manager(Authentication contact) {
		return this.team.manager(UUID.fromString(contact.getName()));
	}

	record RoleChange(@NotNull(message = "{guichet.validation.role}") Role role) {
	}

	record Removal(@JsonProperty("notify") Boolean sendNotice) {
	}

	@Reachable
	record Invitation(@PersonName String firstName, @PersonName String lastName, @ContactEmail String email,
			@PhoneNumber String phone, @PhoneNumber String mobile, @ShortText String otherChannel,
			@NotNull(message = "{guichet.validation.role}") Role role,
			@LanguageCode String language) implements Reachable.Channels {

		ContactDetails details() {
			return new ContactDetails(this.firstName, this.lastName, this.email, this.phone, this.mobile,
					this.otherChannel, this.language);
		}

	}

}
