package io.guichet.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccessTokenRepository extends JpaRepository<AccessToken, UUID> {

	@Query("select t from AccessToken t where t.tokenHash = :tokenHash")
	Optional<AccessToken> findByTokenHash(String tokenHash);

	void deleteByAccessId(UUID accessId);

	// JPQL, not derived: Hibernate caches a JPQL query's translation to SQL, while a
	// derived (criteria) query is translated again on every call
	@Query("select t from AccessToken t where t.accessId = :accessId and t.purpose = :purpose")
	List<AccessToken> findByAccessIdAndPurpose(@Param("accessId") UUID accessId,
			@Param("purpose") AccessToken.Purpose purpose);

	@Query("select t from AccessToken t where t.accessId = :accessId")
	List<AccessToken> findAllOfAccess(@Param("accessId") UUID accessId);

	/** Tokens expired, used or superseded before the cutoff. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from AccessToken t where t.expiresAt < :cutoff or t.usedAt < :cutoff or t.supersededAt < :cutoff")
	int deleteDeadBefore(@Param("cutoff") Instant cutoff);

}
