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

	private void changed() {
		this.changes.changed();
	}

	/** The engine's identity service; every write forgets the verified passwords. */
	private final class ForgettingIdentityService extends IdentityServiceImpl {

		@Override
		public void saveUser(User user, boolean skipPasswordPolicy) {
			try {
				super.saveUser(user, skipPasswordPolicy);
			}
			finally {
				changed();
			}
		}

		@Override
		public void saveUser(User user) {
			try {
				super.saveUser(user);
			}
			finally {
				changed();
			}
		}

		@Override
		public void setUserInfo(String userId, String key, String value) {
			try {
				super.setUserInfo(userId, key, value);
			}
			finally {
				changed();
			}
		}

		@Override
		public void deleteUserInfo(String userId, String key) {
			try {
				super.deleteUserInfo(userId, key);
			}
			finally {
				changed();
			}
		}

		@Override
		public void deleteUser(String userId) {
			try {
				super.deleteUser(userId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void unlockUser(String userId) {
			try {
				super.unlockUser(userId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void saveGroup(Group group) {
			try {
				super.saveGroup(group);
			}
			finally {
				changed();
			}
		}

		@Override
		public void deleteGroup(String groupId) {
			try {
				super.deleteGroup(groupId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void createMembership(String userId, String groupId) {
			try {
				super.createMembership(userId, groupId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void deleteMembership(String userId, String groupId) {
			try {
				super.deleteMembership(userId, groupId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void saveTenant(Tenant tenant) {
			try {
				super.saveTenant(tenant);
			}
			finally {
				changed();
			}
		}

		@Override
		public void deleteTenant(String tenantId) {
			try {
				super.deleteTenant(tenantId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void createTenantUserMembership(String tenantId, String userId) {
			try {
				super.createTenantUserMembership(tenantId, userId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void createTenantGroupMembership(String tenantId, String groupId) {
			try {
				super.createTenantGroupMembership(tenantId, groupId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void deleteTenantUserMembership(String tenantId, String userId) {
			try {
				super.deleteTenantUserMembership(tenantId, userId);
			}
			finally {
				changed();
			}
		}

		@Override
		public void deleteTenantGroupMembership(String tenantId, String groupId) {
			try {
				super.deleteTenantGroupMembership(tenantId, groupId);
			}
			finally {
				changed();
			}
		}

	}

}
