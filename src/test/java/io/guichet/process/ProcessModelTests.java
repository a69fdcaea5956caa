package io.guichet.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.guichet.support.GuichetTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the module checker cannot see inside the BPMN files: every expression names an
 * existing bean, every element has a diagram shape and a hand-written id, and each
 * process is deployed with its Camunda Forms in the same deployment.
 */
@GuichetTest
class ProcessModelTests {

	private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([a-zA-Z][a-zA-Z0-9]*)[.}\\s]");

	private static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9a-z]{7}$");

	@Autowired
	ApplicationContext context;

	@Autowired
	RepositoryService repository;

	@Test
	void shouldNameExistingBeansInEveryDelegateExpression() throws Exception {
		List<String> missing = new ArrayList<>();
		for (Path file : bpmnFiles()) {
			String xml = Files.readString(file);
			Matcher matcher = Pattern.compile("delegateExpression=\"([^\"]+)\"").matcher(xml);
			while (matcher.find()) {
				Matcher bean = BEAN.matcher(matcher.group(1));
				if (!bean.find() || !this.context.containsBean(bean.group(1))) {
					missing.add(file.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void shouldDrawEveryElementAndNameItsId() throws Exception {
		for (Path file : bpmnFiles()) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			List<String> drawn = model.getModelElementsByType(DiagramElement.class)
				.stream()
				.map((element) -> element.getAttributeValue("bpmnElement"))
				.toList();
			for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
				assertThat(drawn).as("%s: %s has no shape", file.getFileName(), element.getId())
					.contains(element.getId());
				assertThat(element.getId()).as("generated id in %s", file.getFileName()).doesNotMatch(GENERATED_ID);
			}
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as("history time to live").isNotBlank();
			}
			assertThat(model.getModelElementsByType(BaseElement.class)).isNotEmpty();
		}
	}

	@Test
	void shouldDeployTheFormsWithTheirProcess() {
		ProcessDefinition onboarding = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("ContactOnboarding")
			.latestVersion()
			.singleResult();
		List<String> resources = this.repository.getDeploymentResourceNames(onboarding.getDeploymentId());
		assertThat(resources).contains("ContactOnboarding.bpmn", "reviewRegistration.form", "registerContact.form");
	}

	private static List<Path> bpmnFiles() throws Exception {
		try (var files = Files.list(new File("processes").toPath())) {
			List<Path> bpmn = files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList();
			assertThat(bpmn).isNotEmpty();
			return bpmn;
		}
	}

}
