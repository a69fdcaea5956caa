package io.guichet.access;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an approver decided in the review task, already checked. */
public record ReviewDecision(boolean approved, Role role, UUID clientId, String rejectionReason, LocalDate expiresOn,
		List<String> permissions) {
}
