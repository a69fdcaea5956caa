package io.guichet.common;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * How a module declares a calendar job on Quartz's clustered JDBC store: each trigger
 * fires on one instance of the cluster; the job only hands the current time to the
 * module's service, which tests call directly.
 */
public final class CalendarJobs {

	public static final String GROUP = "guichet";

	private CalendarJobs() {
	}

	/**
	 * A run cut short by the loss of its instance is run again by another one (each job
	 * is safe to run twice).
	 */
	public static JobDetail job(Class<? extends QuartzJobBean> type, String name, String description) {
		return JobBuilder.newJob(type)
			.withIdentity(name, GROUP)
			.withDescription(description)
			.storeDurably()
			.requestRecovery()
			.build();
	}

	/** A run missed while every instance was down happens once at the next start. */
	public static Trigger trigger(String job, String cron) {
		return TriggerBuilder.newTrigger()
			.forJob(job, GROUP)
			.withIdentity(job, GROUP)
			.withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
