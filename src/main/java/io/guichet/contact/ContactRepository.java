package io.guichet.contact;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID> {

	@Query("select c from Contact c where lower(c.email) = lower(:email) order by c.createdAt desc")
	List<Contact> findByEmail(String email);

	@Query("select c.id from Contact c where c.clientId = :clientId")
	List<UUID> findIdsByClientId(UUID clientId);

}
