package io.guichet.access;

import io.guichet.common.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Answers a reset request apart from the request that made it, so that a known e-mail and
 * an unknown one are answered alike and as fast.
 */
@Component
class ResetRequests {

	private static final Logger log = LoggerFactory.getLogger(ResetRequests.class);

	private final PortalAccessRepository accesses;

	private final SignInHelp help;

	ResetRequests(PortalAccessRepository accesses, SignInHelp help) {
		this.accesses = accesses;
		this.help = help;
	}

	@Async
	@EventListener
	void on(ResetRequested request) {
		try {
			this.accesses.findByEmailKey(PortalAccess.emailKey(request.email()))
				.filter((access) -> access.getState() == AccessState.ACTIVE)
				.ifPresent((access) -> this.help.sendPasswordReset(access.getId(), Actor.contact()));
		}
		catch (RuntimeException ex) {
			log.warn("Password reset e-mail not sent: {}", ex.getMessage());
		}
	}

}
