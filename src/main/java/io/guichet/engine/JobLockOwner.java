package io.guichet.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The job executor locks jobs ({@code ACT_RU_JOB.LOCK_OWNER_}) in the instance's name,
 * the one it writes into {@code ACT_HI_JOB_LOG.HOSTNAME_} and the mail outbox into
 * {@code sent_by}: after an instance died, its jobs waiting for their lock to run out are
 * seen by name. Without a name the engine's random owner stays.
 */
@Component
class JobLockOwner extends AbstractProcessEnginePlugin {

	private final String hostname;

	JobLockOwner(@Value("${camunda.bpm.generic-properties.properties.hostname:}") String hostname) {
		this.hostname = hostname;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (!this.hostname.isBlank() && configuration.getJobExecutor() != null) {
			configuration.getJobExecutor().setLockOwner(this.hostname);
		}
	}

}
