package io.guichet.document;

import java.time.Clock;

import io.guichet.common.CalendarJobs;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * {@code guichet.jobs.document-reminders}: account managers are e-mailed on reminder
 * dates.
 */
@DisallowConcurrentExecution
class DocumentReminderJob extends QuartzJobBean {

	static final String NAME = "documentReminders";

	private static final Logger log = LoggerFactory.getLogger(DocumentReminderJob.class);

	private final DocumentReminders reminders;

	private final Clock clock;

	DocumentReminderJob(DocumentReminders reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		log.info("Document reminders: {} e-mail(s) queued", this.reminders.run(this.clock.instant()));
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail documentRemindersJob() {
			return CalendarJobs.job(DocumentReminderJob.class, NAME, "E-mails account managers on reminder dates");
		}

		@Bean
		Trigger documentRemindersTrigger(@Value("${guichet.jobs.document-reminders}") String cron) {
			return CalendarJobs.trigger(NAME, cron);
		}

	}

}
