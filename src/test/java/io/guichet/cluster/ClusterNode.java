package io.guichet.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.fail;

/**
 * One Guichet JVM ({@code java -jar target/guichet.jar}) of the two-node and crash tests,
 * on the shipped settings except the few the scenario names. It can be killed (SIGKILL)
 * and started again on the same port, as a supervisor would. Public for the benchmark
 * ({@code -Pbench}), which starts Guichet the same way.
 */
public final class ClusterNode {

	public static final Path JAR = Path.of("target", "guichet.jar");

	public static final String ADMIN_PASSWORD = "Admin-password-1";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	private final int port;

	private final List<String> command;

	private final Process process;

	private final File log;

	private ClusterNode(String name, int port, List<String> command, Process process, File log) {
		this.name = name;
		this.port = port;
		this.command = command;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code node-<name>} on a free port; {@code settings} are added to the
	 * command line ({@code --name=value}).
	 */
	public static ClusterNode start(String name, String jdbcUrl, String user, String password, int smtpPort,
			List<String> settings) throws IOException {
		return start(name, jdbcUrl, user, password, smtpPort, settings, defaultLog(name));
	}

	/** As above, with the node's output in {@code log}. */
	public static ClusterNode start(String name, String jdbcUrl, String user, String password, int smtpPort,
			List<String> settings, File log) throws IOException {
		return start(name, freePort(), List.of(), log, jdbcUrl, user, password, smtpPort, settings);
	}

	/**
	 * Starts {@code node-<name>} on {@code port}, with {@code jvmOptions} for the JVM
	 * (after {@code -Xmx512m}).
	 */
	static ClusterNode start(String name, int port, List<String> jvmOptions, String jdbcUrl, String user,
			String password, int smtpPort, List<String> settings) throws IOException {
		return start(name, port, jvmOptions, JAR, defaultLog(name), jdbcUrl, user, password, smtpPort, settings);
	}

	/**
	 * Starts {@code jar} (an extracted copy of guichet.jar, say) with {@code jvmOptions}
	 * after {@code -Xmx512m}, on a free port, its output in {@code log}.
	 */
	public static ClusterNode start(String name, Path jar, List<String> jvmOptions, String jdbcUrl, String user,
			String password, int smtpPort, List<String> settings, File log) throws IOException {
		return start(name, freePort(), jvmOptions, jar, log, jdbcUrl, user, password, smtpPort, settings);
	}

	private static ClusterNode start(String name, int port, List<String> jvmOptions, File log, String jdbcUrl,
			String user, String password, int smtpPort, List<String> settings) throws IOException {
		return start(name, port, jvmOptions, JAR, log, jdbcUrl, user, password, smtpPort, settings);
	}

	private static ClusterNode start(String name, int port, List<String> jvmOptions, Path jar, File log, String jdbcUrl,
			String user, String password, int smtpPort, List<String> settings) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--guichet.bootstrap.admin-password=" + ADMIN_PASSWORD,
				"--guichet.bootstrap.approver-password=Approver-password-1",
				"--guichet.base-url=http://localhost:" + port,
				// names the node in act_hi_job_log, act_ru_job.lock_owner_ and
				// mail_outbox
				"--camunda.bpm.generic-properties.properties.hostname=" + hostname(name)));
		command.addAll(settings);
		log.getParentFile().mkdirs();
		return launch(name, port, List.copyOf(command), log, ProcessBuilder.Redirect.to(log));
	}

	/**
	 * A new JVM with the same command line, port and database, after this one died; its
	 * output goes on in the same log.
	 */
	ClusterNode restart() throws IOException {
		if (this.process.isAlive()) {
			throw new IllegalStateException("node " + this.name + " is still running");
		}
		return launch(this.name, this.port, this.command, this.log, ProcessBuilder.Redirect.appendTo(this.log));
	}

	private static ClusterNode launch(String name, int port, List<String> command, File log,
			ProcessBuilder.Redirect output) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
		System.out.printf("[cluster] node %s: pid %d, port %d, log %s%n", name, process.pid(), port, log);
		return new ClusterNode(name, port, command, process, log);
	}

	private static File defaultLog(String name) {
		return new File("target", "cluster-node-" + name + ".log");
	}

	static String hostname(String name) {
		return "node-" + name;
	}

	public int port() {
		return this.port;
	}

	/** The JVM's process id (for its resident memory). */
	public long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * What {@code /actuator/health} answers now (a load balancer's view): its status and
	 * body, or 0 when the node does not answer.
	 */
	String health() throws InterruptedException {
		try {
			HttpResponse<String> health = HTTP.send(
					HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofString());
			return health.statusCode() + " " + health.body();
		}
		catch (IOException ex) {
			return "0 " + ex;
		}
	}

	public void awaitReady(Duration timeout) throws InterruptedException {
		awaitReady(timeout, Duration.ofMillis(500));
	}

	/** Waits until {@code /actuator/health} says UP, looking every {@code poll}. */
	public void awaitReady(Duration timeout, Duration poll) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				fail("node " + this.name + " exited with " + this.process.exitValue() + ", see " + this.log);
			}
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(poll.toMillis());
		}
		fail("node " + this.name + " not healthy after " + timeout.toSeconds() + " s, see " + this.log);
	}

	/** POST as the admin. */
	JsonNode post(String path, Object body) {
		return send("POST", path, body, "admin", ADMIN_PASSWORD);
	}

	/** A JSON call; any answer but 2xx fails. */
	JsonNode send(String method, String path, Object body, String user, String password) {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri(path))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.header("Accept-Language", "en")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new AssertionError(method + " " + path + " on node " + this.name + ": " + response.statusCode()
						+ " " + response.body());
			}
			return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Lines of the node's log that contain {@code text}. */
	long logLines(String text) throws IOException {
		try (var lines = Files.lines(this.log.toPath())) {
			return lines.filter((line) -> line.contains(text)).count();
		}
	}

	/** SIGTERM, as a service manager stops it; waits for the JVM to exit. */
	public void stop(Duration timeout) throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				kill();
			}
		}
	}

	/** Waits until the JVM exits by itself and answers its exit code. */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			kill();
			fail("node " + this.name + " still running after " + timeout.toSeconds() + " s, see " + this.log);
		}
		return this.process.exitValue();
	}

	/** SIGKILL: no shutdown hook, no transaction finished. */
	public void kill() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
