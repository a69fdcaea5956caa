package io.guichet.engine;

import io.guichet.staff.IdentityChanges;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * A user, its info, group, tenant or membership changed through this instance's engine
 * (Camunda Admin, {@code /engine-rest}, Guichet's own code): the verified staff passwords
 * and the staff addresses read for e-mails are forgotten at once rather than when their
 * time is up. Other instances still wait for that time
 * ({@code guichet.security.staff-credentials.ttl}).
 *
 * <p>
 * The plugin only counts the changes: it is part of the engine's configuration, so it
 * must not ask for beans that need the engine (the first admin of
 * {@code camunda.bpm.admin-user.*} is saved while the engine is being built).
 */
@Component
class StaffIdentityChanges extends AbstractProcessEnginePlugin {

	private final IdentityChanges changes;

	StaffIdentityChanges(IdentityChanges changes) {
		this.changes = changes;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityService(new ForgettingIdentityService());
	}

	/** Runs a write, then counts it (even when it failed part-way). */
	private void changing(Runnable write) {
		try {
			write.run();
		}
		finally {
			this.changes.changed();
		}
	}

	/** The engine's identity service; every write forgets the verified passwords. */
	private final class ForgettingIdentityService extends IdentityServiceImpl {

		@Override
		public void saveUser(User user, boolean skipPasswordPolicy) {
			changing(() -> super.saveUser(user, skipPasswordPolicy));
		}

		@Override
		public void saveUser(User user) {
			changing(() -> super.saveUser(user));
		}

		@Override
		public void setUserInfo(String userId, String key, String value) {
			changing(() -> super.setUserInfo(userId, key, value));
		}

		@Override
		public void deleteUserInfo(String userId, String key) {
			changing(() -> super.deleteUserInfo(userId, key));
		}

		@Override
		public void deleteUser(String userId) {
			changing(() -> super.deleteUser(userId));
		}

		@Override
		public void unlockUser(String userId) {
			changing(() -> super.unlockUser(userId));
		}

		@Override
		public void saveGroup(Group group) {
			changing(() -> super.saveGroup(group));
		}

		@Override
		public void deleteGroup(String groupId) {
			changing(() -> super.deleteGroup(groupId));
		}

		@Override
		public void createMembership(String userId, String groupId) {
			changing(() -> super.createMembership(userId, groupId));
		}

		@Override
		public void deleteMembership(String userId, String groupId) {
			changing(() -> super.deleteMembership(userId, groupId));
		}

		@Override
		public void saveTenant(Tenant tenant) {
			changing(() -> super.saveTenant(tenant));
		}

		@Override
		public void deleteTenant(String tenantId) {
			changing(() -> super.deleteTenant(tenantId));
		}

		@Override
		public void createTenantUserMembership(String tenantId, String userId) {
			changing(() -> super.createTenantUserMembership(tenantId, userId));
		}

		@Override
		public void createTenantGroupMembership(String tenantId, String groupId) {
			changing(() -> super.createTenantGroupMembership(tenantId, groupId));
		}

		@Override
		public void deleteTenantUserMembership(String tenantId, String userId) {
			changing(() -> super.deleteTenantUserMembership(tenantId, userId));
		}

		@Override
		public void deleteTenantGroupMembership(String tenantId, String groupId) {
			changing(() -> super.deleteTenantGroupMembership(tenantId, groupId));
		}

	}

}
