package io.guichet.notification;

import io.guichet.common.Branding;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mails' From: guichet.mail.from's address, with guichet.branding's sender name.
 */
class SenderNameTests {

	private static final String FROM = "Guichet <no-reply@guichet.local>";

	@Test
	void shouldUseTheSenderNameElseTheProductNameElseTheOneOfMailFrom() {
		assertThat(from(Branding.of("Espace Clients", "Acme Services"))).isEqualTo("Acme Services");
		assertThat(from(Branding.of("Espace Clients", ""))).isEqualTo("Espace Clients");
		assertThat(from(Branding.of("", null))).isEqualTo("Guichet");
		assertThat(Mailer.fromOf("no-reply@acme.example", null).getPersonal()).isNull();
		assertThat(Mailer.fromOf(FROM, "Acme Services").getAddress()).isEqualTo("no-reply@guichet.local");
	}

	@Test
	void shouldNameTheProductGuichetWhenUnset() {
		assertThat(Branding.of(null, null).productName()).isEqualTo("Guichet");
		assertThat(Branding.of(" Espace Clients ", null).productName()).isEqualTo("Espace Clients");
	}

	private static String from(Branding branding) {
		InternetAddress address = Mailer.fromOf(FROM, branding.senderName());
		return address.getPersonal();
	}

}
