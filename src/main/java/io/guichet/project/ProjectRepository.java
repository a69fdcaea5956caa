package io.guichet.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID>, JpaSpecificationExecutor<Project> {

	/**
	 * Changes to one project wait for each other (no assignment slips past a closure).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Project p where p.id = :id")
	Optional<Project> lockById(UUID id);

	@Query("select count(p) > 0 from Project p join p.clientIds c where c = :clientId")
	boolean existsForClient(UUID clientId);

	@Query("select count(p) from Project p join p.clientIds c where c = :clientId")
	long countForClient(UUID clientId);

	@Query("select m.project from ProjectContact m where m.contactId = :contactId order by m.project.nameKey")
	List<Project> findByMember(UUID contactId);

	/**
	 * Name contains {@code query} (any case), {@code clientId} among the clients, in
	 * {@code state}; nulls match all. No client of the project is among
	 * {@code hiddenClients}.
	 */
	static Specification<Project> matching(String query, UUID clientId, ProjectState state,
			Collection<UUID> hiddenClients) {
		return (project, criteria, builder) -> {
			Predicate where = builder.conjunction();
			if (state != null) {
				where = builder.and(where, builder.equal(project.get("state"), state));
			}
			if (query != null && !query.isBlank()) {
				String pattern = "%"
						+ Project.keyOf(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				where = builder.and(where, builder.like(project.get("nameKey"), pattern, '\\'));
			}
			if (clientId != null) {
				Subquery<UUID> ofClient = criteria.subquery(UUID.class);
				var other = ofClient.from(Project.class);
				ofClient.select(other.get("id")).where(builder.equal(other.join("clientIds"), clientId));
				where = builder.and(where, project.get("id").in(ofClient));
			}
			if (!hiddenClients.isEmpty()) {
				Subquery<UUID> hidden = criteria.subquery(UUID.class);
				var other = hidden.from(Project.class);
				hidden.select(other.get("id")).where(other.join("clientIds").in(hiddenClients));
				where = builder.and(where, builder.not(project.get("id").in(hidden)));
			}
			return where;
		};
	}

}
