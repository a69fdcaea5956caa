package io.guichet.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.TestStaff;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The purge of activation and reset tokens that can no longer be used. */
@GuichetTest
class TokenPurgeJobTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	AccessTokenRepository tokens;

	@Autowired
	PortalAccessRepository accesses;

	@Autowired
	TokenPurge purge;

	@Autowired
	Clock clock;

	@Test
	void shouldDeleteDeadTokensAndKeepLiveOnes() {
		UUID access = anAccess();
		Instant now = this.clock.instant();
		Instant longAgo = now.minus(Duration.ofDays(10));
		AccessToken live = token(access, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(23)));
		AccessToken expiredLongAgo = token(access, longAgo, longAgo.plus(Duration.ofHours(24)));
		AccessToken expiredYesterday = token(access, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
		AccessToken usedLongAgo = token(access, longAgo, now.plus(Duration.ofDays(1)));
		usedLongAgo.use(longAgo.plusSeconds(60));
		AccessToken supersededLongAgo = token(access, longAgo, now.plus(Duration.ofDays(1)));
		supersededLongAgo.supersede(longAgo.plusSeconds(60));
		AccessToken usedToday = token(access, now.minus(Duration.ofHours(2)), now.plus(Duration.ofDays(1)));
		usedToday.use(now.minus(Duration.ofHours(1)));
		this.tokens.saveAll(
				java.util.List.of(live, expiredLongAgo, expiredYesterday, usedLongAgo, supersededLongAgo, usedToday));

		assertThat(this.purge.run(now)).isGreaterThanOrEqualTo(3);

		assertThat(this.tokens.findByAccessIdAndPurpose(access, AccessToken.Purpose.RESET)).hasSize(3);
		assertThat(this.tokens.existsById(idOf(live))).isTrue();
		assertThat(this.tokens.existsById(idOf(expiredYesterday))).isTrue();
		assertThat(this.tokens.existsById(idOf(usedToday))).isTrue();
		assertThat(this.tokens.existsById(idOf(expiredLongAgo))).isFalse();
		assertThat(this.tokens.existsById(idOf(usedLongAgo))).isFalse();
		assertThat(this.tokens.existsById(idOf(supersededLongAgo))).isFalse();
	}

	private AccessToken token(UUID access, Instant created, Instant expires) {
		return new AccessToken(access, AccessToken.Purpose.RESET, UUID.randomUUID().toString(), created, expires);
	}

	private static UUID idOf(AccessToken token) {
		return token.getId();
	}

	/** A contact invited over the API: its access exists in the database. */
	private UUID anAccess() {
		TestStaff.ensure(this.identity);
		Http staff = new Http(this.port).as(TestStaff.STAFF, TestStaff.PASSWORD);
		String client = staff.postJson("/api/clients", java.util.Map.of("name", "Purge " + UUID.randomUUID()))
			.json()
			.get("id")
			.asText();
		Http.Response contact = staff.postJson("/api/contacts",
				java.util.Map.of("clientId", client, "firstName", "Ada", "lastName", "Purge", "email",
						"purge-" + UUID.randomUUID() + "@example.com", "mobile", "+33 6 00 00 00 00", "role",
						"OBSERVER", "invite", true));
		assertThat(contact.status()).as(contact.body()).isEqualTo(201);
		return UUID.fromString(contact.json().get("accessId").asText());
	}

}
