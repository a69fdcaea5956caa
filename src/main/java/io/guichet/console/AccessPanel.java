package io.guichet.console;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guichet.access.AccessAdmin;
import io.guichet.access.AccessState;
import io.guichet.access.ContactView;
import io.guichet.access.ContactView.AccessView;
import io.guichet.access.OnboardingSettings;
import io.guichet.common.PortalPermissions;
import io.guichet.staff.Staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The portal access tab: which buttons a staff user gets, and when the re-send cool-down
 * ends. Only the sponsor and admins act; the others read.
 */
@Component
class AccessPanel {

	private static final Set<AccessState> LIVE = EnumSet.of(AccessState.PENDING_APPROVAL, AccessState.INVITED,
			AccessState.ACTIVE);

	private final AccessAdmin admin;

	private final OnboardingSettings settings;

	private final Clock clock;

	AccessPanel(AccessAdmin admin, OnboardingSettings settings, Clock clock) {
		this.admin = admin;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether this user may press the tab's buttons for this contact. */
	boolean mayAct(ContactView contact, Authentication user) {
		return ConsolePages.mayEdit(user) && this.admin.mayManage(contact.id(), Staff.actor(user));
	}

	void describe(ContactView contact, Authentication user, Model model) {
		AccessView access = contact.access();
		boolean mayAct = mayAct(contact, user);
		model.addAttribute("mayAct", mayAct);
		if (access == null) {
			model.addAttribute("canInvite", mayAct && contact.clientId() != null);
			return;
		}
		boolean invited = access.state() == AccessState.INVITED;
		Instant opensAt = (access.lastInvitationAt() != null)
				? access.lastInvitationAt().plus(this.settings.reinviteAfter()) : null;
		boolean coolingDown = invited && (opensAt == null || this.clock.instant().isBefore(opensAt));
		model.addAttribute("canResend", mayAct && invited);
		model.addAttribute("resendOpensAt", (invited && coolingDown) ? opensAt : null);
		model.addAttribute("resendDisabled", coolingDown);
		model.addAttribute("canRemind", mayAct && access.state() == AccessState.ACTIVE);
		model.addAttribute("canReset", mayAct && access.state() == AccessState.ACTIVE);
		model.addAttribute("canRevoke", mayAct && LIVE.contains(access.state()));
		model.addAttribute("canChangeRights", mayAct && LIVE.contains(access.state()));
		model.addAttribute("allPermissions", PortalPermissions.ALL.stream().sorted().toList());
		model.addAttribute("permissions",
				(access.permissions() == null) ? List.of() : List.of(access.permissions().split(",")));
		if (!model.containsAttribute("rightsErrors")) {
			model.addAttribute("rightsErrors", Map.of());
		}
		model.addAttribute("canInviteAgain", mayAct && !LIVE.contains(access.state()) && contact.clientId() != null);
	}

}
