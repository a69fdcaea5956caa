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

	// JPQL rather than derived queries: Hibernate translates a derived (criteria) query
	// at
	// every call, a JPQL string once (13 % of a staff invitation's request thread)

	@Query("select a from PortalAccess a where a.contactId = :contactId")
	Optional<PortalAccess> findByContactId(UUID contactId);

	@Query("select a from PortalAccess a where a.emailKey = :emailKey")
	Optional<PortalAccess> findByEmailKey(String emailKey);

	@Query("select count(a) > 0 from PortalAccess a where a.emailKey = :emailKey")
	boolean existsByEmailKey(String emailKey);

	@Query("select a from PortalAccess a where a.contactId in :contactIds")
	List<PortalAccess> findByContactIdIn(Collection<UUID> contactIds);

	@Query("select a from PortalAccess a where a.state = :state and a.contactId in :contactIds")
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

	/**
	 * Takes the right to send a reset e-mail: true when none was sent since
	 * {@code since}. One conditional UPDATE under the row lock, so requests arriving
	 * together take it once.
	 */
	@Modifying
	@Query(value = "update portal_access set last_reset_at = :now where id = :id"
			+ " and (last_reset_at is null or last_reset_at <= :since)", nativeQuery = true)
	int claimReset(@Param("id") UUID id, @Param("now") Instant now, @Param("since") Instant since);

	@Query(value = "select last_reset_at from portal_access where id = :id", nativeQuery = true)
	Optional<Instant> lastResetAt(@Param("id") UUID id);

	/**
	 * Contacts of this client whose registration waits for review or was rejected: they
	 * are not part of the company's team until an approver lets them in.
	 */
	@Query(value = "select cast(a.contact_id as varchar(36)) from portal_access a join contact c on c.id = a.contact_id"
			+ " where c.client_id = :clientId and a.state in ('PENDING_APPROVAL', 'APPROVAL_REJECTED')",
			nativeQuery = true)
	List<String> notYetAdmitted(@Param("clientId") UUID clientId);

}
