package io.guichet.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Indexes for the engine's job acquisition, which Camunda's schema lacks; every instance
 * runs it every second, and there is one waiting timer job per active access.
 * <ul>
 * <li>{@code ACT_RU_JOB.DUEDATE_}: the acquisition filters on the due date; without the
 * index PostgreSQL reads every waiting timer, and above about 100,000 of them also
 * JIT-compiles the statement each time (docs/PERFORMANCE.md).</li>
 * <li>On PostgreSQL, the locked jobs by process instance: the acquisition skips a job
 * whose instance has another exclusive job running, which PostgreSQL answers by reading
 * every job that is locked; without this partial index that is a scan of the whole
 * table.</li>
 * </ul>
 * Created once the engine has its tables, after Flyway; indexes of Guichet's, named so.
 */
@Component
class JobDueDateIndex extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(JobDueDateIndex.class);

	static final String SQL = "create index if not exists guichet_idx_job_duedate on act_ru_job (duedate_)";

	static final String LOCKED_SQL = "create index if not exists guichet_idx_job_locked"
			+ " on act_ru_job (process_instance_id_) where lock_owner_ is not null";

	private ProcessEngineConfigurationImpl configuration;

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		try (Connection connection = this.configuration.getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			// H2 has no partial indexes, and its job tables stay small (tests, a single
			// node)
			boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			for (String sql : postgres ? List.of(SQL, LOCKED_SQL) : List.of(SQL)) {
				statement.execute(sql);
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			// another instance starting at the same moment may create them first
			log.warn("Indexes on ACT_RU_JOB not created: {}", ex.getMessage());
		}
	}

}
