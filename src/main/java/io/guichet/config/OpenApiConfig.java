package io.guichet.config;

import java.util.List;

import io.guichet.common.Actor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description served at /v3/api-docs and drawn by Swagger UI at /swagger-ui.html.
 * Operations are grouped by business feature: each controller names one of the tags
 * below, which carry the descriptions.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static {
		// resolved from the authenticated user, never sent by the caller
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	OpenAPI guichetApi() {
		return new OpenAPI()
			.info(new Info().title("Guichet API")
				.version("1")
				.description("Clients, contacts, projects and portal access. Staff calls use HTTP Basic with a "
						+ "Camunda user of group guichet-staff or camunda-admin (guichet-viewer may read); errors "
						+ "are RFC 9457 problem details (application/problem+json) in the caller's language "
						+ "(Accept-Language: fr or en), with one errors[] entry per invalid field."))
			.components(new Components()
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("A Camunda user (the same sign-in as Tasklist)."))
				.addSecuritySchemes("portalSession",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("JSESSIONID")
							.description("The session of a contact signed in to the portal (/portal/login); "
									+ "changes also need the session's CSRF token in the X-CSRF-TOKEN header.")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.tags(tags());
	}

	/** In the order Swagger UI shows them. */
	private static List<Tag> tags() {
		return List.of(tag("Clients", "Client companies: create, search, read, edit and delete them, read their "
				+ "history, comment, and set the inactivity period of their contacts. A client restricted to some "
				+ "staff users (allowedUsers) does not exist for the others."),
				tag("Contacts", "Contact cards of the clients: create (and invite), search, read, edit and delete "
						+ "them, read their history, comment, and invite them to the customer portal. A contact is "
						+ "seen only by those who may see its client."),
				tag("Portal access",
						"A contact's access to the customer portal once it exists: its rights, a "
								+ "reminder e-mail, a password reset, its revocation. Only the access's sponsor or an "
								+ "admin may act on it."),
				tag("Registrations",
						"A person asks for access to the customer portal; an approver reviews the "
								+ "request in Tasklist. Open to anyone, and the answer never tells whether the e-mail "
								+ "address is already known."),
				tag("Portal sign-in",
						"Calls of the real customer portal: check a contact's password, record a "
								+ "sign-in made elsewhere."),
				tag("Projects",
						"Projects, their clients and the contacts assigned to them, with permissions per "
								+ "project. A project with a client the caller may not see does not exist for them."),
				tag("Documents",
						"Administrative documents of a client (contracts, certificates), with an "
								+ "optional reminder date."),
				tag("Imports and exports", "CSV import of contacts (upload, dry run, report, run) and the CSV "
						+ "export of contacts in the same columns. Each staff user sees their own imports, admins "
						+ "everyone's."),
				tag("Manager's team", "A client manager's self-service on the customer portal (/portal/api): the "
						+ "own company's colleagues only. Signed in with the portal session, not HTTP Basic."));
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

	@Bean
	OpenApiCustomizer problemAnswers(MessageSource messages) {
		return new ProblemAnswers(messages);
	}

}
