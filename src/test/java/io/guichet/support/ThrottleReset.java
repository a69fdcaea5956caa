package io.guichet.support;

import io.guichet.common.Throttle;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every test starts with the throttle's budgets full: the whole suite runs from
 * 127.0.0.1, and one test's registrations, resets or wrong passwords must not decide
 * another's answer. A test of the throttle spends the real budgets (the defaults).
 */
public class ThrottleReset extends AbstractTestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext context) {
		context.getApplicationContext().getBean(Throttle.class).clear();
	}

}
