package io.guichet.engine;

import javax.xml.datatype.DatatypeFactory;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jakarta Mail and the XML datatype factory find their implementation without a service
 * lookup, and it is the one the lookup would find.
 */
class ServiceLookupsTests {

	@Test
	void shouldNameTheImplementationsTheServiceLookupWouldFind() throws Exception {
		ServiceLookups.pin();

		assertThat(System.getProperty(ServiceLookups.STREAM_PROVIDER)).isEqualTo(ServiceLookups.ANGUS_STREAM_PROVIDER);
		assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(ServiceLookups.ANGUS_STREAM_PROVIDER);
		assertThat(System.getProperty(ServiceLookups.DATATYPE_FACTORY)).isEqualTo(ServiceLookups.JDK_DATATYPE_FACTORY);
		assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(ServiceLookups.JDK_DATATYPE_FACTORY);
		assertThat(DatatypeFactory.newDefaultInstance().getClass().getName())
			.isEqualTo(ServiceLookups.JDK_DATATYPE_FACTORY);
	}

}
