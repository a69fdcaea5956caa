package io.guichet.access;

import java.util.UUID;

/**
 * What a ContactOnboarding instance starts with: the access (its business key), whether
 * it skips the review, and the approver proposed for the review task (the proposed
 * client's account manager, else none). Only the first is kept by the instance; the
 * others are read by the steps that run at once.
 */
public record OnboardingStart(UUID accessId, boolean preApproved, String proposedApprover) {

}
