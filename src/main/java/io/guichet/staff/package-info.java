/**
 * Staff users: the one definition of who an admin is, their groups, and their passwords
 * checked and remembered for a short while (the identity store is Camunda's, reached
 * through {@link io.guichet.staff.StaffDirectory}).
 */
@ApplicationModule(displayName = "Staff", allowedDependencies = { "common" })
package io.guichet.staff;

import org.springframework.modulith.ApplicationModule;
