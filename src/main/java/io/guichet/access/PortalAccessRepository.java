package io.guichet.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalAccessRepository extends JpaRepository<PortalAccess, UUID> {

	Optional<PortalAccess> findByContactId(UUID contactId);

	Optional<PortalAccess> findByEmailKey(String emailKey);

	boolean existsByEmailKey(String emailKey);

	List<PortalAccess> findByContactIdIn(Collection<UUID> contactIds);

	List<PortalAccess> findByStateAndContactIdIn(AccessState state, Collection<UUID> contactIds);

}
