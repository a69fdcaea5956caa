package io.guichet;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication("guichet")
@ConfigurationPropertiesScan
public class GuichetApplication {

	public static void main(String[] args) {
		SpringApplication.run(GuichetApplication.class, args);
	}

}
