package io.guichet.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.guichet.common.Actor;
import io.guichet.common.FieldErrorsException;
import io.guichet.common.PageResult;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only history of clients and contacts. Entries are written in the caller's
 * transaction, so a change and its history line commit or roll back together.
 */
@Service
public class AuditLog {

	public static final String CLIENT = "CLIENT";

	public static final String CONTACT = "CONTACT";

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String subjectType, UUID subjectId, String action, Actor actor, String details) {
		this.events.save(new AuditEvent(subjectType, subjectId, action, actor.name(), details, this.clock.instant()));
	}

	/**
	 * A comment typed by someone: a history line of its own (required, 2,000 characters
	 * at most).
	 */
	@Transactional
	public void comment(String subjectType, UUID subjectId, String text, Actor actor) {
		if (text == null || text.isBlank()) {
			throw FieldErrorsException.of("text", "guichet.validation.required");
		}
		if (text.length() > 2000) {
			throw FieldErrorsException.of("text", "guichet.validation.size");
		}
		record(subjectType, subjectId, "COMMENT_ADDED", actor, text.strip());
	}

	/** Newest first, one page at a time. */
	@Transactional(readOnly = true)
	public PageResult<HistoryEntry> page(String subjectType, UUID subjectId, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200),
				Sort.by(Sort.Direction.DESC, "occurredAt"));
		return PageResult.of(this.events.findBySubjectTypeAndSubjectId(subjectType, subjectId, request),
				AuditEvent::toEntry);
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(String subjectType, UUID subjectId) {
		return this.events.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(subjectType, subjectId)
			.stream()
			.map(AuditEvent::toEntry)
			.toList();
	}

}
