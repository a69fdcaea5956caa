package io.guichet.engine;

import io.guichet.common.Actor;
import io.guichet.staff.Staff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * The person behind an engine call: the user Tasklist, Cockpit or {@code /engine-rest}
 * authenticated (never a variable a caller sent), or Guichet itself when the engine works
 * on its own (timers, asynchronous steps, Guichet's own calls).
 */
@Component
public class EngineUsers {

	private final IdentityService identity;

	EngineUsers(IdentityService identity) {
		this.identity = identity;
	}

	public Actor current() {
		Authentication user = this.identity.getCurrentAuthentication();
		if (user == null || user.getUserId() == null) {
			return Actor.SYSTEM;
		}
		return Staff.actor(user.getUserId(), user.getGroupIds());
	}

}
