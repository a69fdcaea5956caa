package io.guichet.config;

import java.time.Clock;
import java.time.Duration;

import io.guichet.access.TokenPurge;
import io.guichet.access.process.ReviewDigest;
import io.guichet.document.DocumentReminders;
import io.guichet.notification.MailOutbox;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The calendar jobs on Quartz's clustered JDBC store: each trigger fires on one node of
 * the cluster. A job only hands the current time to a module's service, which tests call
 * directly.
 */
@Configuration(proxyBeanMethods = false)
class QuartzJobs {

	static final String GROUP = "guichet";

	static final String DOCUMENT_REMINDERS = "documentReminders";

	static final String REVIEW_DIGEST = "reviewDigest";

	static final String TOKEN_PURGE = "tokenPurge";

	static final String MAIL_PURGE = "mailPurge";

	private static final Logger log = LoggerFactory.getLogger(QuartzJobs.class);

	@Bean
	JobDetail documentRemindersJob() {
		return job(DocumentRemindersJob.class, DOCUMENT_REMINDERS, "E-mails account managers on reminder dates");
	}

	@Bean
	Trigger documentRemindersTrigger(@Value("${guichet.jobs.document-reminders}") String cron) {
		return trigger(DOCUMENT_REMINDERS, cron);
	}

	@Bean
	JobDetail reviewDigestJob() {
		return job(ReviewDigestJob.class, REVIEW_DIGEST, "Registrations waiting for review over 24 hours");
	}

	@Bean
	Trigger reviewDigestTrigger(@Value("${guichet.jobs.review-digest}") String cron) {
		return trigger(REVIEW_DIGEST, cron);
	}

	@Bean
	JobDetail tokenPurgeJob() {
		return job(TokenPurgeJob.class, TOKEN_PURGE, "Deletes dead activation and reset tokens");
	}

	@Bean
	Trigger tokenPurgeTrigger(@Value("${guichet.jobs.token-purge}") String cron) {
		return trigger(TOKEN_PURGE, cron);
	}

	@Bean
	JobDetail mailPurgeJob() {
		return job(MailPurgeJob.class, MAIL_PURGE, "Forgets sent e-mails after guichet.mail.outbox.retention");
	}

	@Bean
	Trigger mailPurgeTrigger(@Value("${guichet.jobs.mail-purge}") String cron) {
		return trigger(MAIL_PURGE, cron);
	}

	/**
	 * A run cut short by the loss of its instance is run again by another one (each job
	 * is safe to run twice).
	 */
	private static JobDetail job(Class<? extends QuartzJobBean> type, String name, String description) {
		return JobBuilder.newJob(type)
			.withIdentity(name, GROUP)
			.withDescription(description)
			.storeDurably()
			.requestRecovery()
			.build();
	}

	/** A run missed while every node was down happens once at the next start. */
	private static Trigger trigger(String job, String cron) {
		return TriggerBuilder.newTrigger()
			.forJob(job, GROUP)
			.withIdentity(job, GROUP)
			.withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	@DisallowConcurrentExecution
	static class DocumentRemindersJob extends QuartzJobBean {

		private final DocumentReminders reminders;

		private final Clock clock;

		DocumentRemindersJob(DocumentReminders reminders, Clock clock) {
			this.reminders = reminders;
			this.clock = clock;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			log.info("Document reminders: {} e-mail(s) queued", this.reminders.run(this.clock.instant()));
		}

	}

	@DisallowConcurrentExecution
	static class ReviewDigestJob extends QuartzJobBean {

		private final ReviewDigest digest;

		ReviewDigestJob(ReviewDigest digest) {
			this.digest = digest;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			// the planned time names the digests: a run repeated after a failure sends
			// none
			// twice
			log.info("Review digest: {} e-mail(s) queued", this.digest.run(context.getScheduledFireTime().toInstant()));
		}

	}

	@DisallowConcurrentExecution
	static class TokenPurgeJob extends QuartzJobBean {

		private final TokenPurge purge;

		private final Clock clock;

		TokenPurgeJob(TokenPurge purge, Clock clock) {
			this.purge = purge;
			this.clock = clock;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			log.info("Token purge: {} dead token(s) deleted", this.purge.run(this.clock.instant()));
		}

	}

	@DisallowConcurrentExecution
	static class MailPurgeJob extends QuartzJobBean {

		private final MailOutbox outbox;

		private final Clock clock;

		private final Duration retention;

		MailPurgeJob(MailOutbox outbox, Clock clock, @Value("${guichet.mail.outbox.retention}") Duration retention) {
			this.outbox = outbox;
			this.clock = clock;
			this.retention = retention;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			log.info("Mail purge: {} sent or abandoned e-mail(s) forgotten",
					this.outbox.purge(this.clock.instant().minus(this.retention)));
		}

	}

}
