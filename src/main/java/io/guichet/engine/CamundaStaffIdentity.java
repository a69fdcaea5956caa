package io.guichet.engine;

import java.util.List;
import java.util.Optional;

import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffMember;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/** Staff users are Camunda users: one identity for Tasklist, Cockpit and Guichet. */
@Component
class CamundaStaffIdentity implements StaffDirectory {

	private final IdentityService identity;

	CamundaStaffIdentity(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Optional<String> emailOf(String userId) {
		return find(userId).map(User::getEmail).filter((email) -> email != null && !email.isBlank());
	}

	@Override
	public Optional<StaffAddress> addressOf(String userId) {
		return find(userId).flatMap(CamundaStaffIdentity::address);
	}

	@Override
	public List<StaffAddress> addressesIn(String group) {
		return this.identity.createUserQuery()
			.memberOfGroup(group)
			.list()
			.stream()
			.map(CamundaStaffIdentity::address)
			.flatMap(Optional::stream)
			.toList();
	}

	private static Optional<StaffAddress> address(User user) {
		if (user.getEmail() == null || user.getEmail().isBlank()) {
			return Optional.empty();
		}
		String name = (user.getFirstName() != null && !user.getFirstName().isBlank()) ? user.getFirstName()
				: user.getId();
		return Optional.of(new StaffAddress(user.getId(), name, user.getEmail()));
	}

	@Override
	public boolean exists(String userId) {
		return find(userId).isPresent();
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return this.identity.checkPassword(userId, password);
	}

	@Override
	public StaffMember load(String userId) {
		List<String> groups = this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		List<String> tenants = this.identity.createTenantQuery()
			.userMember(userId)
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.toList();
		return new StaffMember(userId, groups, tenants);
	}

	private Optional<User> find(String userId) {
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.identity.createUserQuery().userId(userId).singleResult());
	}

}
