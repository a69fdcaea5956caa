/**
 * Everything that touches Camunda's internals: the engine door's rules and filters, the
 * staff identity kept in Camunda, the first start's users and grants, job indexes, the
 * lock owner, service lookups and the clock. A move to Operaton changes this package and
 * the BPMN namespace. Its one page: admins' view of staff accounts and their lockout.
 */
@ApplicationModule(displayName = "Engine", allowedDependencies = { "common", "staff", "console" })
package io.guichet.engine;

import org.springframework.modulith.ApplicationModule;
