package org.irtiqa.analytics.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work: the check that finishes a rebuild once it has caught up, and the readiness flush. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
