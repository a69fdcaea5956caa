package io.guichet.access.process;

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
 * {@code guichet.jobs.review-digest}: approvers hear of registrations waiting too long.
 */
@DisallowConcurrentExecution
class ReviewDigestJob extends QuartzJobBean {

	static final String NAME = "reviewDigest";

	private static final Logger log = LoggerFactory.getLogger(ReviewDigestJob.class);

	private final ReviewDigest digest;

	ReviewDigestJob(ReviewDigest digest) {
		this.digest = digest;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		// the planned time names the digests: a run repeated after a failure sends none
		// twice
		log.info("Review digest: {} e-mail(s) queued", this.digest.run(context.getScheduledFireTime().toInstant()));
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail reviewDigestJob() {
			return CalendarJobs.job(ReviewDigestJob.class, NAME, "Registrations waiting for review over 24 hours");
		}

		@Bean
		Trigger reviewDigestTrigger(@Value("${guichet.jobs.review-digest}") String cron) {
			return CalendarJobs.trigger(NAME, cron);
		}

	}

}
