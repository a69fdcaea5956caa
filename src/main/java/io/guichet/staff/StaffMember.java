package io.guichet.staff;

import java.util.List;

/** A staff user whose password was checked, with its groups and tenants. */
public record StaffMember(String userId, List<String> groups, List<String> tenants) {
}
