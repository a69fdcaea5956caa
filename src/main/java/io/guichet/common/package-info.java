/**
 * What every module shares: who acts ({@link io.guichet.common.Actor}), errors,
 * validation annotations, paging, languages, the throttle and calendar-job helpers.
 */
@ApplicationModule(displayName = "Common", allowedDependencies = {})
package io.guichet.common;

import org.springframework.modulith.ApplicationModule;
