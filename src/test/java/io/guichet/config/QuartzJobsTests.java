package io.guichet.config;

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
class QuartzJobsTests {

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
		assertTrigger(QuartzJobs.DOCUMENT_REMINDERS, QuartzJobs.DocumentRemindersJob.class,
				"guichet.jobs.document-reminders");
		assertTrigger(QuartzJobs.REVIEW_DIGEST, QuartzJobs.ReviewDigestJob.class, "guichet.jobs.review-digest");
		assertTrigger(QuartzJobs.TOKEN_PURGE, QuartzJobs.TokenPurgeJob.class, "guichet.jobs.token-purge");
		assertTrigger(QuartzJobs.MAIL_PURGE, QuartzJobs.MailPurgeJob.class, "guichet.jobs.mail-purge");
	}

	private void assertTrigger(String name, Class<?> jobClass, String setting) throws Exception {
		assertThat(this.scheduler.getJobDetail(JobKey.jobKey(name, QuartzJobs.GROUP)).getJobClass())
			.isEqualTo(jobClass);
		// run again by another instance when the one running it dies
		assertThat(this.scheduler.getJobDetail(JobKey.jobKey(name, QuartzJobs.GROUP)).requestsRecovery()).isTrue();
		CronTrigger trigger = (CronTrigger) this.scheduler.getTrigger(TriggerKey.triggerKey(name, QuartzJobs.GROUP));
		assertThat(trigger.getCronExpression()).isEqualTo(this.environment.getProperty(setting));
		assertThat(trigger.getJobKey()).isEqualTo(JobKey.jobKey(name, QuartzJobs.GROUP));
		assertThat(trigger.getNextFireTime()).isNotNull();
	}

}
