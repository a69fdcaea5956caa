package io.guichet.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessTokenRepository extends JpaRepository<AccessToken, UUID> {

	Optional<AccessToken> findByTokenHash(String tokenHash);

	void deleteByAccessId(UUID accessId);

	List<AccessToken> findByAccessIdAndPurpose(UUID accessId, AccessToken.Purpose purpose);

}
