package io.guichet.client;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, UUID> {

	// JPQL rather than derived queries: Hibernate translates a derived (criteria) query
	// at
	// every call, a JPQL string once

	@Query("select count(c) > 0 from Client c where c.nameKey = :nameKey")
	boolean existsByNameKey(String nameKey);

	@Query("select c from Client c where c.nameKey = :nameKey")
	Optional<Client> findByNameKey(String nameKey);

	@Query("select count(c) > 0 from Client c where c.parentId = :parentId")
	boolean existsByParentId(UUID parentId);

	@Query("select c.id from Client c where c.restricted = true and :user not member of c.allowedUsers")
	List<UUID> findHiddenFrom(String user);

	@Query("select c from Client c where (c.nameKey like concat('%', :key, '%') or lower(c.alias) like concat('%', :key, '%'))"
			+ " and (:admin = true or c.restricted = false or :user member of c.allowedUsers)")
	Page<Client> searchVisible(String key, String user, boolean admin, Pageable page);

	/** With their allowed users in the same query (the collection is eager). */
	@Query("select distinct c from Client c left join fetch c.allowedUsers where c.nameKey in :keys")
	List<Client> findByNameKeyIn(Collection<String> keys);

	@Query("select distinct c from Client c left join fetch c.allowedUsers where c.id in :ids")
	List<Client> findByIdIn(Collection<UUID> ids);

	@Query(ClientRow.SELECT + "where c.nameKey = :nameKey and c.restricted = false")
	Optional<ClientRow> findOpenRowByNameKey(String nameKey);

	@Query(ClientRow.SELECT + "where lower(c.alias) = :key and c.restricted = false order by c.name")
	List<ClientRow> findOpenRowsByAliasKey(String key);

	@Query(ClientRow.SELECT
			+ "where (c.nameKey like concat('%', :key, '%') or lower(c.alias) like concat('%', :key, '%'))"
			+ " and c.restricted = false order by c.name")
	List<ClientRow> searchOpenRows(String key, Pageable page);

	@Query(ClientRow.SELECT + "where c.restricted = false order by c.name")
	List<ClientRow> findOpenRowsOrdered(Pageable page);

	/** Id and name of every client this user may see, by name. */
	@Query("select new io.guichet.client.ClientName(c.id, c.name) from Client c"
			+ " where :admin = true or c.restricted = false or :user member of c.allowedUsers order by c.name")
	List<ClientName> findNamesVisibleTo(String user, boolean admin);

}
