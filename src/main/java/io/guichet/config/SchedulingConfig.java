package io.guichet.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Work every instance does on its own ({@code @Scheduled}): the mail outbox dispatcher.
 * Work that must happen once in the cluster runs on Quartz ({@link QuartzJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

}
