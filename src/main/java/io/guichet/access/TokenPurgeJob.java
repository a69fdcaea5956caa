package io.guichet.access;

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
 * {@code guichet.jobs.token-purge}: activation and reset tokens that can no longer be
 * used.
 */
@DisallowConcurrentExecution
class TokenPurgeJob extends QuartzJobBean {

	static final String NAME = "tokenPurge";

	private static final Logger log = LoggerFactory.getLogger(TokenPurgeJob.class);

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

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail tokenPurgeJob() {
			return CalendarJobs.job(TokenPurgeJob.class, NAME, "Deletes dead activation and reset tokens");
		}

		@Bean
		Trigger tokenPurgeTrigger(@Value("${guichet.jobs.token-purge}") String cron) {
			return CalendarJobs.trigger(NAME, cron);
		}

	}

}
