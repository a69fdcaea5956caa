package io.guichet.notification;

import java.time.Clock;
import java.time.Duration;

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
 * {@code guichet.jobs.mail-purge}: sent and given-up e-mails are forgotten after a while.
 */
@DisallowConcurrentExecution
class MailPurgeJob extends QuartzJobBean {

	static final String NAME = "mailPurge";

	private static final Logger log = LoggerFactory.getLogger(MailPurgeJob.class);

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

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail mailPurgeJob() {
			return CalendarJobs.job(MailPurgeJob.class, NAME,
					"Forgets sent e-mails after guichet.mail.outbox.retention");
		}

		@Bean
		Trigger mailPurgeTrigger(@Value("${guichet.jobs.mail-purge}") String cron) {
			return CalendarJobs.trigger(NAME, cron);
		}

	}

}
