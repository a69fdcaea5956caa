package io.guichet.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.guichet.access.process.LifecycleProcess;
import io.guichet.access.process.OnboardingProcess;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import io.guichet.support.Tasklist;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's webapps as Guichet serves them: French for a French browser (our
 * {@code locales/fr.json} and {@code scripts/config.js} win over the webjar's), no
 * "migrate to Camunda 8" banner, and only the processes a person may start in Tasklist's
 * <i>Start process</i>.
 */
@GuichetTest
class CamundaWebappsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void shouldServeAFrenchTranslationWithEveryEnglishKey(String app) throws Exception {
		Http http = new Http(this.port);
		Http.Response french = http.get("/camunda/app/" + app + "/locales/fr.json");
		Http.Response english = http.get("/camunda/app/" + app + "/locales/en.json");
		assertThat(french.status()).as("fr.json of %s", app).isEqualTo(200);
		assertThat(english.status()).as("en.json of %s (the webjar's)", app).isEqualTo(200);
		JsonNode fr = parse(french.body());
		JsonNode en = parse(english.body());
		assertThat(keys(fr, "")).as("the keys of %s's fr.json", app).isEqualTo(keys(en, ""));
		assertThat(fr.at("/labels/BANNER_CE_EOL_TEXT").asText()).startsWith("Il est temps");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void shouldOfferFrenchAndHideTheCamunda8Banner(String app) {
		Http http = new Http(this.port);
		Http.Response config = http.get("/camunda/app/" + app + "/scripts/config.js");
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.body().replace('"', '\'')).contains("'availableLocales': ['en', 'fr']");
		Http.Response styles = http.get("/camunda/app/" + app + "/styles/user-styles.css");
		assertThat(styles.status()).isEqualTo(200);
		assertThat(styles.body().replaceAll("\\s+", " "))
			.contains("[cam-widget-header] .ce-eol-banner { display: none; }");
	}

	@Test
	void shouldTranslateTheTasklistWordsAnApproverSees() throws Exception {
		JsonNode fr = parse(new Http(this.port).get("/camunda/app/tasklist/locales/fr.json").body());
		assertThat(fr.at("/labels/PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Se connecter");
		assertThat(fr.at("/labels/START_PROCESS").asText()).isEqualTo("Démarrer un processus");
		assertThat(fr.at("/dateLocales/months/0").asText()).isEqualTo("janvier");
	}

	@Test
	void shouldOfferContactOnboardingButNotAccessLifecycleInTasklist() {
		List<String> startable = this.repository.createProcessDefinitionQuery()
			.startableInTasklist()
			.latestVersion()
			.list()
			.stream()
			.map(ProcessDefinition::getKey)
			.toList();
		assertThat(startable).contains(OnboardingProcess.KEY).doesNotContain(LifecycleProcess.KEY);

		// as Tasklist's Start process dialog asks, signed in as the admin, who may start
		// both
		Http admin = Tasklist.signIn(this.port, "admin", "Admin-password-1").http();
		String definitions = Tasklist.API + "/process-definition?latest=true&active=true&firstResult=0&maxResults=15";
		assertThat(admin.get(definitions).json().findValuesAsText("key")).contains(OnboardingProcess.KEY,
				LifecycleProcess.KEY);
		JsonNode offered = admin.get(definitions + "&startableInTasklist=true&startablePermissionCheck=true").json();
		assertThat(offered.findValuesAsText("key")).contains(OnboardingProcess.KEY)
			.doesNotContain(LifecycleProcess.KEY);
	}

	@Test
	void shouldShowTheFormsInTheReadersLanguage() throws Exception {
		Tasklist tasklist = Tasklist.signIn(this.port, "admin", "Admin-password-1");
		String form = Tasklist.API + "/process-definition/key/" + OnboardingProcess.KEY + "/deployed-start-form";
		JsonNode french = parse(tasklist.http().language("fr-FR").get(form).body());
		JsonNode english = parse(tasklist.http().language("en-GB").get(form).body());
		assertThat(french.findValuesAsText("label")).contains("Prénom", "Rôle", "Langue", "Demandeur", "E-mail")
			.noneMatch((label) -> label.contains(" · "));
		assertThat(french.findValuesAsText("text"))
			.contains("### Inscrire un contact\n\nLe contact est invité aussitôt (pré-approuvé).");
		assertThat(english.findValuesAsText("label")).contains("First name", "Role", "Language", "Requester", "E-mail")
			.noneMatch((label) -> label.contains(" · "));
		assertThat(english.findValuesAsText("description")).contains("At least one phone, mobile or other channel");

		assertThat(french.toString()).doesNotContain(" · ");
		assertThat(english.toString()).doesNotContain(" · ");

		// the filters too
		String filters = Tasklist.API + "/filter?resourceType=Task";
		assertThat(parse(tasklist.http().language("fr-FR").get(filters).body()).findValuesAsText("name"))
			.contains("Inscriptions à examiner");
		assertThat(parse(tasklist.http().language("en").get(filters).body()).findValuesAsText("name"))
			.contains("Registrations to review");

		// a program that states no language gets the form as deployed
		Http program = new Http(this.port).as("admin", "Admin-password-1").language(null);
		JsonNode deployed = parse(
				program.get("/engine-rest/process-definition/key/" + OnboardingProcess.KEY + "/deployed-start-form")
					.body());
		assertThat(deployed.findValuesAsText("label")).contains("First name · Prénom");
	}

	private static JsonNode parse(String body) throws Exception {
		return JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body);
	}

	private static Set<String> keys(JsonNode node, String prefix) {
		Set<String> keys = new TreeSet<>();
		node.fields().forEachRemaining((field) -> {
			String key = prefix + field.getKey();
			if (field.getValue().isObject()) {
				keys.addAll(keys(field.getValue(), key + "."));
			}
			else {
				keys.add(key);
			}
		});
		return keys;
	}

}
