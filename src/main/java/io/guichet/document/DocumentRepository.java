package io.guichet.document;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentRepository extends JpaRepository<Document, UUID> {

	List<Document> findByClientIdOrderByUploadedAtDesc(UUID clientId);

	Optional<Document> findByIdAndClientId(UUID id, UUID clientId);

	long countByClientId(UUID clientId);

	@Query("select d.id from Document d where d.reminderDate <= :today and d.remindedAt is null order by d.reminderDate")
	List<UUID> findDueReminders(@Param("today") LocalDate today);

	/**
	 * Claims the reminder: 1 when this caller is the one to send it, 0 when it was
	 * already sent (another run, another node).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Document d set d.remindedAt = :now where d.id = :id and d.remindedAt is null")
	int markReminded(@Param("id") UUID id, @Param("now") Instant now);

}
