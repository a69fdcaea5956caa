package io.guichet.config;

import java.util.Optional;

import io.guichet.access.StaffDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/** Staff users are Camunda users: one identity for Tasklist, Cockpit and Guichet. */
@Component
class CamundaStaffDirectory implements StaffDirectory {

	private final IdentityService identity;

	CamundaStaffDirectory(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Optional<String> emailOf(String userId) {
		return find(userId).map(User::getEmail).filter((email) -> !email.isBlank());
	}

	@Override
	public boolean exists(String userId) {
		return find(userId).isPresent();
	}

	private Optional<User> find(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.identity.createUserQuery().userId(userId).singleResult());
	}

}
