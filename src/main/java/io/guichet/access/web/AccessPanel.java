package io.guichet.access.web;

import io.guichet.access.AccessAdmin;
import io.guichet.access.AccessState;
import io.guichet.access.ContactView;
import io.guichet.access.ContactView.AccessView;
import io.guichet.access.Onboarding;
import io.guichet.common.Actor;
import io.guichet.common.PortalPermissions;
import io.guichet.console.ConsolePages;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The portal access tab: which buttons a staff user gets and whether the re-send is open,
 * as {@link AccessAdmin} (the sponsor or an admin) and {@link Onboarding} (the cool-down)
 * decide; the others read.
 */
@Component
class AccessPanel {

	private final AccessAdmin admin;

	private final Onboarding onboarding;

	AccessPanel(AccessAdmin admin, Onboarding onboarding) {
		this.admin = admin;
		this.onboarding = onboarding;
	}

	void describe(ContactView contact, Actor actor, Authentication user, Model model) {
		AccessView access = contact.access();
		boolean mayAct = ConsolePages.mayEdit(user) && this.admin.mayManage(contact.id(), actor);
		model.addAttribute("mayAct", mayAct);
		if (access == null) {
			model.addAttribute("canInvite", mayAct && contact.clientId() != null);
			return;
		}
		boolean live = !access.state().isEnded();
		boolean invited = access.state() == AccessState.INVITED;
		Onboarding.Resend resend = this.onboarding.resend(access.lastInvitationAt());
		model.addAttribute("canResend", mayAct && invited);
		model.addAttribute("resendDisabled", invited && !resend.open());
		model.addAttribute("resendOpensAt", (invited && !resend.open()) ? resend.opensAt() : null);
		model.addAttribute("canRemind", mayAct && access.state() == AccessState.ACTIVE);
		model.addAttribute("canReset", mayAct && access.state() == AccessState.ACTIVE);
		model.addAttribute("canRevoke", mayAct && live);
		model.addAttribute("canChangeRights", mayAct && live);
		model.addAttribute("canInviteAgain", mayAct && !live && contact.clientId() != null);
		model.addAttribute("allPermissions", PortalPermissions.ALL.stream().sorted().toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Rights.of(access));
		}
	}

}
