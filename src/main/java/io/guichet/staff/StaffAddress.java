package io.guichet.staff;

/** A staff user who can be e-mailed: how to greet them and where to write. */
public record StaffAddress(String userId, String name, String email) {
}
