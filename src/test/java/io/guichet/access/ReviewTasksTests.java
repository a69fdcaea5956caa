package io.guichet.access;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The review task's name and e-mail with the staff's language and
 * {@code guichet.review.notify} set otherwise than in the test application (French, off),
 * without a second Spring context.
 */
class ReviewTasksTests {

	private final PortalAccessRepository accesses = mock(PortalAccessRepository.class);

	private final ContactBook contacts = mock(ContactBook.class);

	private final StaffDirectory staff = mock(StaffDirectory.class);

	private final Notifications notifications = mock(Notifications.class);

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
		ContactCard card = new ContactCard(UUID.randomUUID(), null, "Lisa", "Bowman", "lisa@bowman.test", null, null,
				null, "en", "Bowman Furniture <b>", null, null);
		PortalAccess access = new PortalAccess(card.id(), card.email(), AccessSource.SELF, Role.REQUESTER,
				Instant.now());
		this.accessId = access.getId();
		when(this.accesses.findById(this.accessId)).thenReturn(Optional.of(access));
		when(this.contacts.get(card.id())).thenReturn(card);
		when(this.staff.addressOf("manager"))
			.thenReturn(Optional.of(new StaffAddress("manager", "Manon", "manon@staff.test")));
		when(this.staff.addressesIn(StaffGroups.APPROVERS)).thenReturn(
				List.of(new StaffAddress("a1", "A1", "a1@staff.test"), new StaffAddress("a2", "A2", "a2@staff.test")));
	}

	@Test
	void shouldNameTheTaskInTheStaffLanguage() {
		assertThat(reviewTasks(true).name(this.accessId))
			.isEqualTo("Inscription à examiner : Lisa Bowman (Bowman Furniture <b>)");
	}

	@Test
	void shouldKeepALongNameWithinTheEnginesColumn() {
		ContactCard card = this.contacts.get(this.accesses.findById(this.accessId).orElseThrow().getContactId());
		when(this.contacts.get(card.id())).thenReturn(new ContactCard(card.id(), null, "L".repeat(200), "B".repeat(200),
				card.email(), null, null, null, "en", "C".repeat(200), null, null));
		assertThat(reviewTasks(true).name(this.accessId)).hasSize(ReviewTasks.MAX_NAME).endsWith("…");
	}

	@Test
	void shouldMailTheAccountManagerOnlyInTheStaffLanguage() {
		assertThat(reviewTasks(true).announce(this.accessId, "task-1", "manager")).isEqualTo(1);
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
		assertThat(reviewTasks(true).announce(this.accessId, "task-4", null)).isEqualTo(2);
		ArgumentCaptor<Mail> english = ArgumentCaptor.forClass(Mail.class);
		verify(this.notifications).send(eq("review-task/task-4/a1"), english.capture());
		assertThat(english.getValue().locale()).isEqualTo(Locale.ENGLISH);
		ArgumentCaptor<Mail> unknown = ArgumentCaptor.forClass(Mail.class);
		verify(this.notifications).send(eq("review-task/task-4/a2"), unknown.capture());
		assertThat(unknown.getValue().locale()).as("not known: the staff language").isEqualTo(Locale.FRENCH);
	}

	@Test
	void shouldMailEveryApproverWithoutAnAccountManager() {
		assertThat(reviewTasks(true).announce(this.accessId, "task-2", null)).isEqualTo(2);
		verify(this.notifications).send(eq("review-task/task-2/a1"), any(Mail.class));
		verify(this.notifications).send(eq("review-task/task-2/a2"), any(Mail.class));
	}

	@Test
	void shouldMailNobodyWhenTurnedOff() {
		assertThat(reviewTasks(false).announce(this.accessId, "task-3", "manager")).isZero();
		verify(this.notifications, never()).send(anyString(), any(Mail.class));
	}

	private ReviewTasks reviewTasks(boolean notify) {
		return new ReviewTasks(this.accesses, this.contacts, mock(ClientDirectory.class), this.staff,
				this.notifications, this.messages, notify);
	}

}
