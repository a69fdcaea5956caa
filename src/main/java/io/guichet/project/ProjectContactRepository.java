package io.guichet.project;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectContactRepository extends JpaRepository<ProjectContact, UUID> {

	@Query("select m.project.id from ProjectContact m where m.contactId = :contactId")
	List<UUID> projectIdsOf(UUID contactId);

}
