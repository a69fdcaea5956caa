package io.guichet.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Work every instance does on its own: the mail outbox dispatcher ({@code @Scheduled}),
 * and what a request hands over to be done after it ({@code @Async} listeners: e-mails a
 * person waits for, events between modules). Work that must happen once in the cluster
 * runs on Quartz (each module's calendar jobs, {@link io.guichet.common.CalendarJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SchedulingConfig {

	/** The executor {@code @Async} finds by its name. */
	@Bean(name = { "taskExecutor", "asyncExecutor" })
	ThreadPoolTaskExecutor asyncExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("guichet-async-");
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(4);
		executor.setQueueCapacity(1000);
		return executor;
	}

}
