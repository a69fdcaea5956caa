package io.guichet.engine;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;

import org.springframework.context.annotation.Configuration;

/**
 * Guichet is a process application: {@code META-INF/processes.xml} deploys the BPMN files
 * of {@code processes/} with the Camunda Forms of {@code forms/}.
 */
@Configuration(proxyBeanMethods = false)
@EnableProcessApplication("guichet")
class ProcessApplication {

}
