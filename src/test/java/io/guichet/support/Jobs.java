package io.guichet.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs due jobs by hand, as the job executor would (it is off in tests). */
public final class Jobs {

	private Jobs() {
	}

	/**
	 * Executes every due job of the instance, again and again until none is left (at most
	 * 20 rounds).
	 */
	public static void runDue(ManagementService management, String processInstanceId) {
		for (int round = 0; round < 20; round++) {
			List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> management.executeJob(job.getId()));
		}
	}

}
