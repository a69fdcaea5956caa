package io.guichet.engine;

import org.springframework.util.ClassUtils;

/**
 * Names, once per JVM, the implementations that Jakarta Mail and Camunda otherwise look
 * up with {@link java.util.ServiceLoader} on every use: Jakarta Mail's stream provider
 * for every message written to SMTP, the XML datatype factory for every asynchronous job
 * Camunda creates (it parses the job's retry cycle). Each lookup reads every jar of the
 * application, a cost paid on every e-mail and every job. The classes named are the ones
 * the lookup finds anyway; a property set at launch wins.
 */
public final class ServiceLookups {

	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";

	static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

	private ServiceLookups() {
	}

	public static void pin() {
		pin(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		pin(DATATYPE_FACTORY, JDK_DATATYPE_FACTORY);
	}

	private static void pin(String property, String implementation) {
		if (System.getProperty(property) == null
				&& ClassUtils.isPresent(implementation, ServiceLookups.class.getClassLoader())) {
			System.setProperty(property, implementation);
		}
	}

}
