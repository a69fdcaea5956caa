package io.guichet.access;

import java.util.Optional;

/** Staff users as the identity service knows them. */
public interface StaffDirectory {

	Optional<String> emailOf(String userId);

	boolean exists(String userId);

}
