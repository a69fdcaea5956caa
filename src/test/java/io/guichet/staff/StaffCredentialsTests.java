package io.guichet.staff;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Verified staff passwords are remembered for a short while; wrong ones never are, and
 * always reach Camunda.
 */
class StaffCredentialsTests {

	private final AtomicLong nanos = new AtomicLong();

	private final AtomicLong identityChanges = new AtomicLong();

	private StaffDirectory identity;

	private StaffCredentials credentials;

	@BeforeEach
	void setUp() {
		this.identity = mock(StaffDirectory.class);
		when(this.identity.checkPassword("anna", "right")).thenReturn(true);
		when(this.identity.load(anyString()))
			.thenReturn(new StaffMember("anna", List.of("guichet-staff"), List.of("acme")));
		this.credentials = new StaffCredentials(this.identity, Duration.ofSeconds(30), 100, this.nanos::get,
				this.identityChanges::get);
	}

	@Test
	void shouldAskCamundaOnceWhileAVerifiedPasswordIsRemembered() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.credentials.verify("anna", "right"))
				.hasValue(new StaffMember("anna", List.of("guichet-staff"), List.of("acme")));
		}
		verify(this.identity, times(1)).checkPassword("anna", "right");
	}

	@Test
	void shouldAskCamundaForEveryWrongPasswordEvenWhenTheRightOneIsRemembered() {
		assertThat(this.credentials.verify("anna", "right")).isPresent();
		assertThat(this.credentials.verify("anna", "wrong")).isEmpty();
		assertThat(this.credentials.verify("anna", "wrong")).isEmpty();
		assertThat(this.credentials.verify("anna", "right ")).isEmpty();
		assertThat(this.credentials.verify("annar", "ight")).isEmpty();
		verify(this.identity, times(2)).checkPassword("anna", "wrong");
		verify(this.identity, times(1)).checkPassword("anna", "right ");
		verify(this.identity, times(1)).checkPassword("annar", "ight");
	}

	@Test
	void shouldAskCamundaAgainOnceTheTimeIsUp() {
		assertThat(this.credentials.verify("anna", "right")).isPresent();
		this.nanos.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(this.credentials.verify("anna", "right")).isPresent();
		verify(this.identity, times(1)).checkPassword("anna", "right");
		this.nanos.addAndGet(Duration.ofSeconds(2).toNanos());
		// the password was changed meanwhile
		when(this.identity.checkPassword("anna", "right")).thenReturn(false);
		assertThat(this.credentials.verify("anna", "right")).isEmpty();
		verify(this.identity, times(2)).checkPassword("anna", "right");
	}

	@Test
	void shouldAskCamundaAgainOnceForgotten() {
		assertThat(this.credentials.verify("anna", "right")).isPresent();
		this.credentials.forgetAll();
		assertThat(this.credentials.verify("anna", "right")).isPresent();
		verify(this.identity, times(2)).checkPassword("anna", "right");
	}

	@Test
	void shouldAskCamundaAgainOnceAnIdentityChangedOnThisInstance() {
		assertThat(this.credentials.verify("anna", "right")).isPresent();
		this.identityChanges.incrementAndGet();
		assertThat(this.credentials.verify("anna", "right")).isPresent();
		assertThat(this.credentials.verify("anna", "right")).isPresent();
		verify(this.identity, times(2)).checkPassword("anna", "right");
	}

	@Test
	void shouldAskCamundaEveryTimeWhenRememberingIsOff() {
		StaffCredentials off = new StaffCredentials(this.identity, Duration.ZERO, 100, this.nanos::get,
				this.identityChanges::get);
		assertThat(off.verify("anna", "right")).isPresent();
		assertThat(off.verify("anna", "right")).isPresent();
		verify(this.identity, times(2)).checkPassword("anna", "right");
	}

	@Test
	void shouldRefuseMissingCredentialsWithoutAskingCamunda() {
		assertThat(this.credentials.verify(null, "right")).isEmpty();
		assertThat(this.credentials.verify(" ", "right")).isEmpty();
		assertThat(this.credentials.verify("anna", null)).isEmpty();
	}

}
