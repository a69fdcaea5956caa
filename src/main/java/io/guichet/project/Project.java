package io.guichet.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "project")
class Project {

	@Id
	private UUID id;

	private String name;

	@Column(name = "name_key")
	private String nameKey;

	@Enumerated(EnumType.STRING)
	private ProjectState state;

	@Column(name = "primary_client_id")
	private UUID primaryClientId;

	/** Every client, the primary one included. */
	@ElementCollection
	@CollectionTable(name = "project_client", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "client_id")
	private Set<UUID> clientIds = new LinkedHashSet<>();

	@Column(name = "submission_end_date")
	private LocalDate submissionEndDate;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "estimated_budget")
	private BigDecimal estimatedBudget;

	@Column(name = "submission_contact_id")
	private UUID submissionContactId;

	@Column(name = "billing_contact_id")
	private UUID billingContactId;

	@Column(name = "execution_contact_id")
	private UUID executionContactId;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ProjectContact> contacts = new ArrayList<>();

	@Version
	private long version;

	protected Project() {
	}

	Project(ProjectForm form, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.state = ProjectState.OPEN;
		this.createdAt = createdAt;
		apply(form);
	}

	static String keyOf(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** Takes the form's values; answers the names of the fields that changed. */
	List<String> apply(ProjectForm form) {
		List<String> changed = new ArrayList<>();
		this.name = track(changed, "name", this.name, form.name().strip());
		this.nameKey = keyOf(this.name);
		this.primaryClientId = track(changed, "primaryClient", this.primaryClientId, form.primaryClientId());
		Set<UUID> clients = new LinkedHashSet<>(form.clientIds());
		if (!clients.equals(this.clientIds)) {
			changed.add("clients");
			this.clientIds.clear();
			this.clientIds.addAll(clients);
		}
		this.submissionEndDate = track(changed, "submissionEndDate", this.submissionEndDate, form.submissionEndDate());
		this.startDate = track(changed, "startDate", this.startDate, form.startDate());
		this.endDate = track(changed, "endDate", this.endDate, form.endDate());
		BigDecimal budget = form.estimatedBudget();
		if (!sameAmount(this.estimatedBudget, budget)) {
			changed.add("estimatedBudget");
		}
		this.estimatedBudget = amount(budget);
		this.submissionContactId = track(changed, "submissionContact", this.submissionContactId,
				form.submissionContactId());
		this.billingContactId = track(changed, "billingContact", this.billingContactId, form.billingContactId());
		this.executionContactId = track(changed, "executionContact", this.executionContactId,
				form.executionContactId());
		return changed;
	}

	private static <T> T track(List<String> changed, String field, T before, T after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
		return after;
	}

	/** Amounts as the database keeps them: two decimals. */
	static BigDecimal amount(BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP) : null;
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return (a == null || b == null) ? a == b : a.compareTo(b) == 0;
	}

	void close() {
		this.state = ProjectState.CLOSED;
	}

	void reopen() {
		this.state = ProjectState.OPEN;
	}

	boolean isClosed() {
		return this.state == ProjectState.CLOSED;
	}

	Optional<ProjectContact> member(UUID contactId) {
		return this.contacts.stream().filter((c) -> c.getContactId().equals(contactId)).findFirst();
	}

	ProjectContact assign(UUID contactId) {
		ProjectContact member = new ProjectContact(this, contactId);
		this.contacts.add(member);
		return member;
	}

	void unassign(ProjectContact member) {
		this.contacts.remove(member);
	}

	UUID getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	ProjectState getState() {
		return this.state;
	}

	UUID getPrimaryClientId() {
		return this.primaryClientId;
	}

	Set<UUID> getClientIds() {
		return this.clientIds;
	}

	LocalDate getSubmissionEndDate() {
		return this.submissionEndDate;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	BigDecimal getEstimatedBudget() {
		return this.estimatedBudget;
	}

	UUID getSubmissionContactId() {
		return this.submissionContactId;
	}

	UUID getBillingContactId() {
		return this.billingContactId;
	}

	UUID getExecutionContactId() {
		return this.executionContactId;
	}

	List<ProjectContact> getContacts() {
		return this.contacts;
	}

	ProjectSummary toSummary() {
		return new ProjectSummary(this.id, this.name, this.state, this.primaryClientId, this.startDate, this.endDate);
	}

	/** How the history names it. */
	String label() {
		return "project=" + this.name + " (" + this.id + ")";
	}

}
