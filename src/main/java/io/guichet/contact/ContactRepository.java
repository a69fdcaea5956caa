package io.guichet.contact;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID> {

	@Query("select c from Contact c where lower(c.email) = lower(:email) order by c.createdAt desc")
	List<Contact> findByEmail(String email);

	@Query("select c from Contact c where lower(c.email) in :keys order by c.createdAt desc")
	List<Contact> findByEmailKeys(Collection<String> keys);

	@Query("select count(c) from Contact c where c.clientId = :clientId")
	long countByClientId(UUID clientId);

	@Query("select c from Contact c where c.clientId in :clientIds and c.privacy in :privacies and (lower(c.lastName) like concat('%', :key, '%')"
			+ " or lower(c.firstName) like concat('%', :key, '%') or lower(c.email) like concat('%', :key, '%'))")
	Page<Contact> search(Collection<UUID> clientIds, String key, Collection<Privacy> privacies, Pageable page);

	@Query("select c from Contact c where c.clientId in :clientIds and c.privacy in :privacies and c.id not in :excluded"
			+ " and (lower(c.lastName) like concat('%', :key, '%')"
			+ " or lower(c.firstName) like concat('%', :key, '%') or lower(c.email) like concat('%', :key, '%'))")
	Page<Contact> searchExcept(Collection<UUID> clientIds, String key, Collection<Privacy> privacies,
			Collection<UUID> excluded, Pageable page);

	/**
	 * Every contact but those of the hidden clients, by name, e-mail or (for a contact
	 * still without a client, a registration waiting for review) the company as typed.
	 */
	@Query("select c from Contact c where (c.clientId is null or c.clientId not in :hidden) and c.privacy in :privacies"
			+ " and (lower(c.lastName) like concat('%', :key, '%') or lower(c.firstName) like concat('%', :key, '%')"
			+ " or lower(c.email) like concat('%', :key, '%')"
			+ " or (c.clientId is null and lower(c.companyAsTyped) like concat('%', :key, '%')))")
	Page<Contact> searchAllBut(Collection<UUID> hidden, String key, Collection<Privacy> privacies, Pageable page);

	/** Keyset pages in id order (no offset, no count): for exports of many contacts. */
	@Query("select c from Contact c where c.clientId in :clientIds and c.privacy in :privacies"
			+ " and (:after is null or c.id > :after) order by c.id")
	List<Contact> batchOf(Collection<UUID> clientIds, Collection<Privacy> privacies, UUID after, Pageable size);

	@Query("select c from Contact c where c.clientId is not null and c.clientId not in :hidden"
			+ " and c.privacy in :privacies and (:after is null or c.id > :after) order by c.id")
	List<Contact> batchOfAllBut(Collection<UUID> hidden, Collection<Privacy> privacies, UUID after, Pageable size);

	@Query("select c.id from Contact c where c.clientId = :clientId")
	List<UUID> findIdsByClientId(UUID clientId);

}
