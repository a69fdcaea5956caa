package io.guichet.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description served at /v3/api-docs and drawn by Swagger UI at /swagger-ui.html.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI guichetApi() {
		return new OpenAPI()
			.info(new Info().title("Guichet API")
				.version("1")
				.description("Clients, contacts, projects and portal access. Staff calls use HTTP Basic with a "
						+ "Camunda user; errors are RFC 9457 problem details with one errors[] entry per field."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
