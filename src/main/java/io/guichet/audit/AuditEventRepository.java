package io.guichet.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {

	List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(String subjectType, UUID subjectId);

}
