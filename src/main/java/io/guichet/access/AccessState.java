package io.guichet.access;

import java.util.EnumSet;
import java.util.Set;

public enum AccessState {

	PENDING_APPROVAL, APPROVAL_REJECTED, INVITED, INVITATION_EXPIRED, ACTIVE, EXPIRED, REVOKED;

	/** States from which a contact may be invited again. */
	public static final Set<AccessState> ENDED = EnumSet.of(APPROVAL_REJECTED, INVITATION_EXPIRED, EXPIRED, REVOKED);

	public boolean isEnded() {
		return ENDED.contains(this);
	}

}
