package io.guichet.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.guichet.client.ClientDirectory;
import io.guichet.contact.ContactBook;
import io.guichet.contact.ContactCard;
import io.guichet.notification.Mail;
import io.guichet.notification.Notifications;
import io.guichet.staff.StaffAddress;
import io.guichet.staff.StaffDirectory;
import io.guichet.staff.StaffGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyIterable;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The review task's name and its notices with the staff's language and
 * {@code guichet.review.notify} set otherwise than in the test application (French, off),
 * without a second Spring context; a round of notices taken from the database is in
 * {@code ContactOnboardingProcessTests}.
 */
class ReviewTasksTests {

	private final PortalAccessRepository accesses = mock(PortalAccessRepository.class);

	private final ContactBook contacts = mock(ContactBook.class);

	private final StaffDirectory staff = mock(StaffDirectory.class);

	private final Notifications notifications = mock(Notifications.class);

	private final OnboardingEngine engine = mock(OnboardingEngine.class);

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private UUID accessId;

	@BeforeEach
	void setUp() {
		this.messages.setBasename("messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setAlwaysUseMessageFormat(true);
		when(this.notifications.staffLanguage()).thenReturn(Locale.FRENCH);
		when(this.notifications.link(anyString())).thenAnswer((call) -> "https://guichet.test" + call.getArgument(0));
		when(this.notifications.send(anyString(), any(Mail.class))).thenReturn(true);
		when(this.engine.openReviewTasks(anyCollection()))
			.thenAnswer((call) -> new HashSet<>(call.<Collection<String>>getArgument(0)));
		ContactCard card = new ContactCard(UUID.randomUUID(), null, "Lisa", "Bowman", "lisa@bowman.test", null, null,
				null, "en", "Bowman Furniture <b>", null, null);
		PortalAccess access = new PortalAccess(card.id(), card.email(), AccessSource.SELF, Role.REQUESTER,
				Instant.now());
		this.accessId = access.getId();
		when(this.accesses.findById(this.accessId)).thenReturn(Optional.of(access));
		when(this.contacts.get(card.id())).thenReturn(card);
		// a round reads its registrations at once; other ids are accesses deleted
		// meanwhile
		when(this.accesses.findAllById(anyIterable())).thenAnswer((call) -> {
			List<PortalAccess> found = new ArrayList<>();
			call.<Iterable<UUID>>getArgument(0).forEach((id) -> {
				if (id.equals(this.accessId)) {
					found.add(access);
				}
			});
			return found;
		});
		when(this.contacts.findAll(anyCollection())).thenReturn(Map.of(card.id(), card));
		when(this.staff.addressOf("manager"))
			.thenReturn(Optional.of(new StaffAddress("manager", "Manon", "manon@staff.test")));
		when(this.staff.addressesIn(StaffGroups.APPROVERS)).thenReturn(
				List.of(new StaffAddress("a1", "A1", "a1@staff.test"), new StaffAddress("a2", "A2", "a2@staff.test")));
	}

	@Test
	void shouldNameTheTaskInTheStaffLanguage() {
		assertThat(reviewTasks().name(this.accessId))
			.isEqualTo("Inscription à examiner : Lisa Bowman (Bowman Furniture <b>)");
	}

	@Test
	void shouldKeepALongNameWithinTheEnginesColumn() {
		ContactCard card = this.contacts.get(this.accesses.findById(this.accessId).orElseThrow().getContactId());
		when(this.contacts.get(card.id())).thenReturn(new ContactCard(card.id(), null, "L".repeat(200), "B".repeat(200),
				card.email(), null, null, null, "en", "C".repeat(200), null, null));
		assertThat(reviewTasks().name(this.accessId)).hasSize(ReviewTasks.MAX_NAME).endsWith("…");
	}

	@Test
	void shouldMailTheAccountManagerOnlyInTheStaffLanguage() {
		assertThat(notices(true).tell(waiting("task-1", "manager"))).isEqualTo(1);
		ArgumentCaptor<Mail> mail = ArgumentCaptor.forClass(Mail.class);
		verify(this.notifications).send(eq("review-task/task-1/manager"), mail.capture());
		assertThat(mail.getValue().to()).isEqualTo("manon@staff.test");
		assertThat(mail.getValue().locale()).isEqualTo(Locale.FRENCH);
		assertThat(mail.getValue().template()).isEqualTo("review-task");
		assertThat(mail.getValue().model()).containsEntry("link",
				"https://guichet.test/camunda/app/tasklist/default/#/?task=task-1");
	}

	@Test
	void shouldMailEachRecipientInTheLanguageTheyLastSignedInWith() {
		when(this.staff.addressesIn(StaffGroups.APPROVERS))
			.thenReturn(List.of(new StaffAddress("a1", "A1", "a1@staff.test", Locale.ENGLISH),
					new StaffAddress("a2", "A2", "a2@staff.test")));
		assertThat(notices(true).tell(waiting("task-4", null))).isEqualTo(2);
		ArgumentCaptor<Mail> english = ArgumentCaptor.forClass(Mail.class);
		verify(this.notifications).send(eq("review-task/task-4/a1"), english.capture());
		assertThat(english.getValue().locale()).isEqualTo(Locale.ENGLISH);
		ArgumentCaptor<Mail> unknown = ArgumentCaptor.forClass(Mail.class);
		verify(this.notifications).send(eq("review-task/task-4/a2"), unknown.capture());
		assertThat(unknown.getValue().locale()).as("not known: the staff language").isEqualTo(Locale.FRENCH);
	}

	@Test
	void shouldMailEveryApproverWithoutAnAccountManager() {
		assertThat(notices(true).tell(waiting("task-2", null))).isEqualTo(2);
		verify(this.notifications).send(eq("review-task/task-2/a1"), any(Mail.class));
		verify(this.notifications).send(eq("review-task/task-2/a2"), any(Mail.class));
	}

	@Test
	void shouldKeepNoNoticeWhenTurnedOff() {
		assertThat(notices(false).announce(this.accessId, "task-3", "manager")).isFalse();
		verifyNoInteractions(this.jdbc);
	}

	@Test
	void shouldListTheTasksOfARoundInOneMailPerApprover() {
		assertThat(notices(true).tell(List.of(new ReviewNotices.Waiting("task-5", this.accessId, "manager"),
				new ReviewNotices.Waiting("task-6", this.accessId, null),
				new ReviewNotices.Waiting("task-7", this.accessId, "manager"))))
			.isEqualTo(3);
		ArgumentCaptor<Mail> mail = ArgumentCaptor.forClass(Mail.class);
		verify(this.notifications).send(eq("review-tasks/task-5/manager"), mail.capture());
		assertThat(mail.getValue().template()).isEqualTo("review-tasks");
		assertThat(mail.getValue().subjectArgs()).containsExactly(2);
		assertThat((List<?>) mail.getValue().model().get("registrations")).extracting("link")
			.containsExactly("https://guichet.test/camunda/app/tasklist/default/#/?task=task-5",
					"https://guichet.test/camunda/app/tasklist/default/#/?task=task-7");
		// the task without an account manager: every approver, alone in their e-mail
		verify(this.notifications).send(eq("review-task/task-6/a1"), any(Mail.class));
		verify(this.notifications).send(eq("review-task/task-6/a2"), any(Mail.class));
	}

	@Test
	void shouldLeaveOutTheTasksDoneBeforeTheRound() {
		when(this.engine.openReviewTasks(anyCollection())).thenReturn(Set.of("task-9"));
		assertThat(notices(true).tell(List.of(new ReviewNotices.Waiting("task-8", this.accessId, "manager"),
				new ReviewNotices.Waiting("task-9", this.accessId, "manager"))))
			.isEqualTo(1);
		verify(this.notifications).send(eq("review-task/task-9/manager"), any(Mail.class));
		verify(this.notifications, never()).send(eq("review-task/task-8/manager"), any(Mail.class));
	}

	@Test
	void shouldLeaveOutTheTasksWhoseAccessIsGone() {
		UUID gone = UUID.randomUUID();
		assertThat(notices(true).tell(List.of(new ReviewNotices.Waiting("task-10", gone, "manager")))).isZero();
		verify(this.notifications, never()).send(anyString(), any(Mail.class));
	}

	private List<ReviewNotices.Waiting> waiting(String taskId, String accountManager) {
		return List.of(new ReviewNotices.Waiting(taskId, this.accessId, accountManager));
	}

	private ReviewNotices notices(boolean notify) {
		return new ReviewNotices(this.jdbc, reviewTasks(), this.engine, this.staff, this.notifications,
				mock(PlatformTransactionManager.class), notify);
	}

	private ReviewTasks reviewTasks() {
		return new ReviewTasks(this.accesses, this.contacts, mock(ClientDirectory.class), this.notifications,
				this.messages);
	}

}
