package io.guichet;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication("guichet")
@ConfigurationPropertiesScan
public class GuichetApplication {

	static {
		// the engine makes a DatatypeFactory for every job with a retry cycle (each
		// invitation): named here, the JDK's own is found without scanning the jar for a
		// provider each time
		if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
			System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
					DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
		}
	}

	public static void main(String[] args) {
		SpringApplication.run(GuichetApplication.class, args);
	}

}
