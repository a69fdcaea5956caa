package io.guichet.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for tests: JSON calls with HTTP Basic, and form posts with cookies.
 */
public final class Http {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String authorization;

	private String language = "en";

	private final java.util.Map<String, String> headers = new java.util.HashMap<>();

	public Http(int port) {
		this.base = "http://localhost:" + port;
	}

	public Http as(String user, String password) {
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public Http anonymous() {
		this.authorization = null;
		return this;
	}

	/** A header sent with every following request (e.g. X-CSRF-TOKEN). */
	public Http header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/** The Accept-Language header from now on ({@code en} at first); null sends none. */
	public Http language(String language) {
		this.language = language;
		return this;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response postJson(String path, Object body) {
		String text = (body instanceof String string) ? string : write(body);
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(text)));
	}

	public Response send(String method, String path, Object body) {
		String text = (body instanceof String string) ? string : write(body);
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(text)));
	}

	public Response postForm(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** A multipart form (a file upload) in this session. */
	public Response postMultipart(String path, Multipart form) {
		return send(request(path).header("Content-Type", form.contentType()).POST(form.finish()));
	}

	/** A body sent as it is, under this content type (a malformed upload, say). */
	public Response postRaw(String path, String contentType, byte[] body) {
		return send(
				request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** A form post whose names may repeat (checkboxes): names and values alternate. */
	public Response postFields(String path, String... namesAndValues) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.append((i > 0) ? "&" : "")
				.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
	}

	/**
	 * A CSV (or any text file) upload with these fields, as a browser's form sends it.
	 */
	public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
			byte[] content) {
		Multipart form = new Multipart();
		fields.forEach(form::field);
		return postMultipart(path, form.file(fileField, fileName, "text/csv", content));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.language != null) {
			builder.header("Accept-Language", this.language);
		}
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		this.headers.forEach(builder::header);
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, String body, String contentType, HttpResponse<String> raw) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new AssertionError("Not JSON: " + this.body, ex);
			}
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		/** The {@code _csrf} hidden field of a page's form. */
		public String csrf() {
			var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("No CSRF field in: " + this.body);
			}
			return matcher.group(1);
		}

	}

}
