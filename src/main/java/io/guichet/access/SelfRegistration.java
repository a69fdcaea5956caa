package io.guichet.access;

import io.guichet.contact.ContactDetails;

/**
 * A validated self-registration: the person, the company as typed, the role asked for.
 */
public record SelfRegistration(ContactDetails details, String company, Role requestedRole) {
}
