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

	@Test
	void shouldNameBothAfterTheServiceCompanyAnAdminSet() {
		Branding company = Branding.of("Acme Services", null, null);
		assertThat(company.productName()).isEqualTo("Acme Services");
		assertThat(from(company)).isEqualTo("Acme Services");
		Branding product = Branding.of("Acme Services", "Espace Clients", null);
		assertThat(product.productName()).isEqualTo("Espace Clients");
		assertThat(from(product)).isEqualTo("Espace Clients");
		assertThat(from(Branding.of("Acme Services", "Espace Clients", "Acme Support"))).isEqualTo("Acme Support");
	}

	private static String from(Branding branding) {
		InternetAddress address = Mailer.fromOf(FROM, branding.senderName());
		return address.getPersonal();
	}

}
