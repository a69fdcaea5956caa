package io.guichet;

import io.guichet.engine.ServiceLookups;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GuichetApplication {

	static {
		// here rather than in main: tests start the application without it
		ServiceLookups.pin();
	}

	public static void main(String[] args) {
		SpringApplication.run(GuichetApplication.class, args);
	}

}
