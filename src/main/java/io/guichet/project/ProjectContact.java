package io.guichet.project;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A contact assigned to a project, with its rate and permission overrides there. */
@Entity
@Table(name = "project_contact")
class ProjectContact {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(name = "contact_id")
	private UUID contactId;

	@Column(name = "hourly_rate")
	private BigDecimal hourlyRate;

	@Column(name = "permissions_overridden")
	private boolean permissionsOverridden;

	/** Sorted, comma-separated; meaningful only when overridden. */
	private String permissions;

	protected ProjectContact() {
	}

	ProjectContact(Project project, UUID contactId) {
		this.id = UUID.randomUUID();
		this.project = project;
		this.contactId = contactId;
	}

	Project getProject() {
		return this.project;
	}

	UUID getContactId() {
		return this.contactId;
	}

	void moveTo(UUID contactId) {
		this.contactId = contactId;
	}

	BigDecimal getHourlyRate() {
		return this.hourlyRate;
	}

	void setHourlyRate(BigDecimal hourlyRate) {
		this.hourlyRate = Project.amount(hourlyRate);
	}

	/** The overriding permissions, or null when the portal-level ones apply. */
	List<String> permissions() {
		if (!this.permissionsOverridden) {
			return null;
		}
		return (this.permissions == null || this.permissions.isEmpty()) ? List.of()
				: Arrays.asList(this.permissions.split(","));
	}

	/** Null: back to the portal-level permissions. */
	void override(Collection<String> permissions) {
		this.permissionsOverridden = permissions != null;
		this.permissions = (permissions != null) ? String.join(",", new TreeSet<>(permissions)) : null;
	}

	/** How the history tells the permissions. */
	String permissionsLabel() {
		List<String> overrides = permissions();
		return (overrides != null) ? "permissions=" + overrides : "permissions=portal level";
	}

}
