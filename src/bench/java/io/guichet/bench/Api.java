package io.guichet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON over HTTP/1.1 to one Guichet, as one user (or anonymous). */
final class Api {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http;

	private final int port;

	private final String authorization;

	Api(HttpClient http, int port, String user, String password) {
		this.http = http;
		this.port = port;
		this.authorization = (user != null) ? "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)) : null;
	}

	/** One client shared by the load threads (its connections are kept alive). */
	static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newCachedThreadPool())
			.build();
	}

	Api as(String user, String password) {
		return new Api(this.http, this.port, user, password);
	}

	HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", "en");
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers
					.ofString((body instanceof String text) ? text : JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	int status(String method, String path, Object body) throws IOException, InterruptedException {
		return send(method, path, body).statusCode();
	}

	/** A call that must succeed; its JSON answer. */
	JsonNode call(String method, String path, Object body) {
		try {
			HttpResponse<String> response = send(method, path, body);
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(
						method + " " + path + ": " + response.statusCode() + " " + response.body());
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

}
