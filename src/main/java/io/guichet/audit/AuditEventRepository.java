package io.guichet.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {

	Page<AuditEvent> findBySubjectTypeAndSubjectId(String subjectType, UUID subjectId, Pageable page);

	List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(String subjectType, UUID subjectId);

}
