package io.guichet.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One line of history. Always inserted, never changed: {@link #isNew()} spares the select
 * that saving an entity with an assigned id otherwise costs (imports write thousands).
 */
@Entity
@Table(name = "audit_event")
class AuditEvent implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "subject_type")
	private String subjectType;

	@Column(name = "subject_id")
	private UUID subjectId;

	private String action;

	private String actor;

	private String details;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Transient
	private boolean fresh;

	protected AuditEvent() {
	}

	AuditEvent(String subjectType, UUID subjectId, String action, String actor, String details, Instant occurredAt) {
		this.id = UUID.randomUUID();
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.action = action;
		this.actor = actor;
		this.details = (details != null && details.length() > 2000) ? details.substring(0, 2000) : details;
		this.occurredAt = occurredAt;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostPersist
	void persisted() {
		this.fresh = false;
	}

	HistoryEntry toEntry() {
		return new HistoryEntry(this.action, this.actor, this.details, this.occurredAt);
	}

}
