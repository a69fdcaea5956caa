package io.guichet.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PortalAccessRepository extends JpaRepository<PortalAccess, UUID> {

	Optional<PortalAccess> findByContactId(UUID contactId);

	Optional<PortalAccess> findByEmailKey(String emailKey);

	boolean existsByEmailKey(String emailKey);

	List<PortalAccess> findByContactIdIn(Collection<UUID> contactIds);

	List<PortalAccess> findByStateAndContactIdIn(AccessState state, Collection<UUID> contactIds);

	/**
	 * A login, the only thing it writes (never the process engine): the last-access time
	 * moves forward, never back. One UPDATE under the row lock, so logins of one access
	 * at the same moment do not fail each other's version check; the version still moves,
	 * so a change loaded before the login is refused rather than writing an older time.
	 */
	@Modifying(clearAutomatically = true)
	@Query("update PortalAccess a set a.lastAccessAt = :at, a.version = a.version + 1"
			+ " where a.id = :id and (a.lastAccessAt is null or a.lastAccessAt < :at)")
	int recordAccess(@Param("id") UUID id, @Param("at") Instant at);

}
