package io.guichet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one application context of the test suite (so Spring caches it): the whole app on a
 * random port, the test SMTP server, no job executor, no Quartz scheduler and no outbox
 * dispatcher (tests run jobs and deliver queued e-mails themselves, timers and calendar
 * jobs included, never by sleeping), process-test coverage, the throttle's budgets full
 * at the start of each test ({@link ThrottleReset}), and a product and sender name other
 * than Guichet's own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "spring.quartz.auto-startup=false",
				"guichet.mail.outbox.polling=false", "guichet.mail.retry-cycle=R3/PT1S",
				"guichet.bootstrap.admin-password=Admin-password-1",
				"guichet.bootstrap.approver-password=Approver-pass-1",
				"guichet.branding.product-name=" + GuichetTest.PRODUCT_NAME,
				"guichet.branding.sender-name=" + GuichetTest.SENDER_NAME })
@ContextConfiguration(initializers = TestMail.Initializer.class)
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = { ProcessEngineCoverageTestExecutionListener.class, ThrottleReset.class },
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface GuichetTest {

	/** {@code guichet.branding.product-name} in the tests: what contacts read. */
	String PRODUCT_NAME = "Espace Clients Test";

	/** {@code guichet.branding.sender-name} in the tests: the e-mails' From. */
	String SENDER_NAME = "Acme Services";

}
