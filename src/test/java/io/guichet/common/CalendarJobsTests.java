package io.guichet.common;

import io.guichet.support.GuichetTest;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar jobs are stored in Quartz's clustered JDBC store with their cron triggers.
 */
@GuichetTest
class CalendarJobsTests {

	@Autowired
	Scheduler scheduler;

	@Autowired
	Environment environment;

	@Test
	void shouldRunOnAClusteredJdbcStore() throws Exception {
		assertThat(this.scheduler.getMetaData().isJobStoreClustered()).isTrue();
		assertThat(this.scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
		// tests run the jobs themselves
		assertThat(this.scheduler.isStarted()).isFalse();
	}

	@Test
	void shouldRegisterTheFourJobsWithTheirCronTriggers() throws Exception {
		// each in the module whose work it does
		assertTrigger("documentReminders", "io.guichet.document.DocumentReminderJob",
				"guichet.jobs.document-reminders");
		assertTrigger("reviewDigest", "io.guichet.access.process.ReviewDigestJob", "guichet.jobs.review-digest");
		assertTrigger("tokenPurge", "io.guichet.access.TokenPurgeJob", "guichet.jobs.token-purge");
		assertTrigger("mailPurge", "io.guichet.notification.MailPurgeJob", "guichet.jobs.mail-purge");
	}

	private void assertTrigger(String name, String jobClass, String setting) throws Exception {
		assertThat(this.scheduler.getJobDetail(JobKey.jobKey(name, CalendarJobs.GROUP)).getJobClass().getName())
			.isEqualTo(jobClass);
		// run again by another instance when the one running it dies
		assertThat(this.scheduler.getJobDetail(JobKey.jobKey(name, CalendarJobs.GROUP)).requestsRecovery()).isTrue();
		CronTrigger trigger = (CronTrigger) this.scheduler.getTrigger(TriggerKey.triggerKey(name, CalendarJobs.GROUP));
		assertThat(trigger.getCronExpression()).isEqualTo(this.environment.getProperty(setting));
		assertThat(trigger.getJobKey()).isEqualTo(JobKey.jobKey(name, CalendarJobs.GROUP));
		assertThat(trigger.getNextFireTime()).isNotNull();
	}

}
