package io.guichet.access;

import io.guichet.common.LanguageCode;
import io.guichet.common.PersonName;
import io.guichet.common.PhoneNumber;
import io.guichet.common.Reachable;
import io.guichet.common.ShortText;

/**
 * What a contact may change of their own card from the portal; the rest (e-mail, client,
 * role, privacy…) stays staff's. The same rules as the staff's card form.
 */
@Reachable
public record AccountDetails(@PersonName String firstName, @PersonName String lastName, @PhoneNumber String phone,
		@PhoneNumber String mobile, @ShortText String otherChannel,
		@LanguageCode String language) implements Reachable.Channels {

}
