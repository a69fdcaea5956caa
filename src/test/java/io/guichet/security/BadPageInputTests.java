package io.guichet.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.guichet.support.Evidence;
import io.guichet.support.GuichetTest;
import io.guichet.support.Http;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input against every page and form post of the console (as an admin), the portal (as
 * a visitor and as a manager) and the token pages: each case breaks one field, path
 * variable or query parameter of a valid request (with its CSRF token). Never a 5xx; a
 * refused post writes nothing; nothing injected comes back as a header or as live markup.
 */
@GuichetTest
class BadPageInputTests {

	static final List<Page> PAGES = List.of(page("CONSOLE", "GET", "/console/clients?q=a&page=0", null),
			page("CONSOLE", "GET", "/console/contacts?q=a&page=0", null),
			page("CONSOLE", "GET", "/console/projects?q=a&page=0", null),
			page("CONSOLE", "GET", "/console/clients/suggestions?q=a", null),
			page("CONSOLE", "GET", "/console/clients/{client}?tab=history&page=0", null),
			page("CONSOLE", "GET", "/console/contacts/{contact}?tab=history&page=0", null),
			page("CONSOLE", "GET", "/console/projects/{project}", null),
			page("CONSOLE", "GET", "/console/clients/{client}/documents", null),
			page("CONSOLE", "GET", "/console/clients/{client}/documents/{document}", null),
			page("CONSOLE", "GET", "/console/contacts/new?clientId={client}", null),
			page("CONSOLE", "GET", "/console/projects/new?clientId={client}", null),
			page("CONSOLE", "POST", "/console/clients/new", "/console/clients/new"),
			page("CONSOLE", "POST", "/console/clients/{client}/edit", "/console/clients/{client}/edit"),
			page("CONSOLE", "POST", "/console/clients/{client}/comments", "text=hello"),
			page("CONSOLE", "POST", "/console/clients/{client}/inactivity-period", "days=30"),
			page("CONSOLE", "POST", "/console/clients/{client}/delete", ""),
			page("CONSOLE", "POST", "/console/clients/{client}/documents", "title=T&reminderDate=2031-01-01&note=n"),
			page("CONSOLE", "POST", "/console/clients/{client}/documents/{document}/delete", ""),
			page("CONSOLE", "POST", "/console/contacts/new", "/console/contacts/new?clientId={client}"),
			page("CONSOLE", "POST", "/console/contacts/{contact}/edit", "/console/contacts/{contact}/edit"),
			page("CONSOLE", "POST", "/console/contacts/{contact}/comments", "text=hello"),
			page("CONSOLE", "POST", "/console/contacts/{contact}/delete", ""),
			page("CONSOLE", "POST", "/console/contacts/{contact}/invitation", ""),
			page("CONSOLE", "POST", "/console/contacts/{member}/reminder", ""),
			page("CONSOLE", "POST", "/console/contacts/{member}/password-reset", ""),
			page("CONSOLE", "POST", "/console/contacts/{member}/revocation", ""),
			page("CONSOLE", "POST", "/console/projects/new", "/console/projects/new?clientId={client}"),
			page("CONSOLE", "POST", "/console/projects/{project}/edit", "/console/projects/{project}/edit"),
			page("CONSOLE", "POST", "/console/projects/{project}/closure", ""),
			page("CONSOLE", "POST", "/console/projects/{project}/reopening", ""),
			page("CONSOLE", "POST", "/console/projects/{project}/deletion", ""),
			page("CONSOLE", "POST", "/console/projects/{project}/contacts", "contactId={member}&hourlyRate=40"),
			page("CONSOLE", "POST", "/console/projects/{project}/contacts/{member}", "hourlyRate=45"),
			page("CONSOLE", "POST", "/console/projects/{project}/contacts/{member}/permissions/clone",
					"contactIds={manager}"),
			page("CONSOLE", "POST", "/console/projects/{project}/contacts/{member}/permissions/removal", ""),
			page("CONSOLE", "POST", "/console/projects/{project}/contacts/{member}/removal", ""),
			page("CONSOLE", "POST", "/console/projects/{project}/clients", "clientId={client}"),
			page("CONSOLE", "POST", "/console/projects/{project}/clients/{client}/primary", ""),
			page("CONSOLE", "POST", "/console/projects/{project}/clients/{client}/removal", ""),
			page("VISITOR", "POST", "/portal/register", "/portal/register"),
			page("VISITOR", "POST", "/portal/login", "email={memberEmail}&password=wrong-password-1"),
			page("VISITOR", "POST", "/portal/password-reset", "email={memberEmail}"),
			page("VISITOR", "GET", "/portal/password-reset/new?token=abc", null),
			page("VISITOR", "POST", "/portal/password-reset/new",
					"token=abc&password=New-password-123&passwordConfirmation=New-password-123"),
			page("VISITOR", "GET", "/activate?token=abc", null),
			page("VISITOR", "POST", "/activate",
					"token=abc&password=New-password-123&passwordConfirmation=New-password-123"),
			page("MANAGER", "GET", "/portal/account", null),
			page("MANAGER", "POST", "/portal/account/details", "/portal/account"),
			page("MANAGER", "POST", "/portal/account/password",
					"currentPassword=wrong-password-1&password=New-password-123&passwordConfirmation=New-password-123"),
			page("MANAGER", "GET", "/portal/team?page=0", null),
			page("MANAGER", "POST", "/portal/team/invite", "/portal/team"),
			page("MANAGER", "POST", "/portal/team/{member}/role", "role=REQUESTER&page=0"),
			page("MANAGER", "POST", "/portal/team/{member}/remove", "page=0"),
			page("MANAGER", "POST", "/portal/team/{member}/move", "to={manager}&page=0"));

	private static final List<String> LIVE_MARKUP = List.of("<script>alert(1)</script>", "<svg/onload=alert(1)>",
			"<img src=x onerror=alert(1)>");

	@Property(tries = 100 * 50, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.RANDOM_SEED,
			edgeCases = EdgeCasesMode.NONE)
	void shouldNeverFailOnBadFormInputAndWriteNothingWhenRefusing(@ForAll("posts") Post post) {
		FuzzWorld world = FuzzWorld.get(BadPageInputTests.class);
		world.settle();
		Map<String, Long> before = world.rows();
		Http.Response response = send(world, post);
		Evidence.count(BadInputTests.REPORT, post.page().method() + " " + post.page().path().replaceAll("\\?.*", ""));
		Evidence.count(BadInputTests.ANSWERS, "pages " + response.status());
		String what = post + " -> " + response.status() + " "
				+ response.body().substring(0, Math.min(400, response.body().length()));
		assertThat(response.status()).as(what).isLessThan(500);
		assertThat(response.raw().headers().map().keySet()).as(what)
			.noneMatch((name) -> name.equalsIgnoreCase(Nasty.INJECTED_HEADER) || name.equalsIgnoreCase("hacked"));
		// a page must not give back the markup it was sent; a JSON answer (served as
		// application/json with nosniff) may hold stored data that looks like markup,
		// such
		// as a client another fuzz test named "<script>…": it is never run as a page
		boolean html = response.contentType() != null && response.contentType().startsWith("text/html");
		LIVE_MARKUP.stream()
			.filter(post.value()::contains)
			.filter((markup) -> html)
			.forEach((markup) -> assertThat(response.body()).as(what).doesNotContain(markup));
		if (response.status() >= 400) {
			world.settle();
			assertThat(world.rows()).as("nothing written by " + what).isEqualTo(before);
		}
	}

	@Provide
	Arbitrary<Post> posts() {
		AtomicInteger next = new AtomicInteger();
		return Arbitraries.create(() -> PAGES.get(next.getAndIncrement() % PAGES.size())).flatMap((page) -> {
			List<Arbitrary<Post>> choices = new ArrayList<>();
			for (String slot : page.slots()) {
				choices.add(Nasty.text().map((value) -> new Post(page, slot, value)));
			}
			return Arbitraries.oneOf(choices);
		});
	}

	@BeforeContainer
	static void startSpring() throws Exception {
		FuzzWorld.spring(BadPageInputTests.class).beforeTestClass();
	}

	@BeforeProperty
	void beforeProperty() throws Exception {
		FuzzWorld.beforeProperty(this);
	}

	@AfterProperty
	void afterProperty() throws Exception {
		FuzzWorld.afterProperty(this);
	}

	@AfterContainer
	static void report() throws Exception {
		FuzzWorld.spring(BadPageInputTests.class).afterTestClass();
		Evidence.write(BadInputTests.REPORT, "Bad input: cases tried per call (REST API, pages, task completion)");
		Evidence.write(BadInputTests.ANSWERS, "Bad input: answers by status");
	}

	private static Http.Response send(FuzzWorld world, Post post) {
		Http caller = switch (post.page().caller()) {
			case "VISITOR" -> world.visitor;
			case "MANAGER" -> world.manager;
			default -> world.console;
		};
		String path = world.fill(post.page().path());
		if (post.slot().startsWith("path:")) {
			path = path.replace(world.ids.get(post.slot().substring(5)), encode(post.value()).replace("+", "%20"));
		}
		else if (post.slot().startsWith("query:")) {
			path = path.replaceAll("([?&]" + post.slot().substring(6) + "=)[^&]*",
					"$1" + encode(post.value()).replace("$", "\\$"));
		}
		if (post.slot().equals("header:Accept-Language")) {
			caller.language(post.value().replaceAll("[^\\x20-\\x7e]", ""));
		}
		try {
			if (post.page().method().equals("GET")) {
				return caller.get(path);
			}
			Map<String, String> fields = fields(world, caller, post.page().fields());
			if (post.slot().startsWith("field:")) {
				fields.put(post.slot().substring(6), post.value());
			}
			else if (post.slot().equals("form:") && !fields.isEmpty()) {
				// one of the form's own fields, chosen by the value so that a failure can
				// be
				// replayed
				List<String> names = new ArrayList<>(fields.keySet());
				fields.put(names.get(Math.floorMod(post.value().hashCode(), names.size())), post.value());
			}
			List<String> namesAndValues = new ArrayList<>();
			fields.forEach((name, value) -> {
				namesAndValues.add(name);
				namesAndValues.add(value);
			});
			return caller.postFields(path, namesAndValues.toArray(String[]::new));
		}
		finally {
			caller.language("en");
		}
	}

	/**
	 * The fields of a valid post: given as {@code a=1&b=2}, or read from the form of a
	 * page (given by its path) that posts to the same place, with values filled in.
	 */
	static Map<String, String> fields(FuzzWorld world, Http caller, String fields) {
		Map<String, String> values = new LinkedHashMap<>();
		if (fields.startsWith("/")) {
			String page = caller.get(world.fill(fields)).body();
			Matcher form = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(page);
			String best = "";
			while (form.find()) {
				if (form.group(1).length() > best.length()) {
					best = form.group(1);
				}
			}
			Matcher input = Pattern.compile("<(input|select|textarea)\\b([^>]*)>").matcher(best);
			while (input.find()) {
				String name = attribute(input.group(2), "name");
				String type = attribute(input.group(2), "type");
				if (name == null || name.equals("_csrf")
						|| ("checkbox".equals(type) && !input.group(2).contains("checked"))) {
					continue;
				}
				String value = attribute(input.group(2), "value");
				values.put(name, (value == null || value.isEmpty()) ? valid(world, name) : value);
			}
			return values;
		}
		for (String pair : fields.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				values.put(parts[0], world.fill(parts[1]));
			}
		}
		return values;
	}

	private static String valid(FuzzWorld world, String name) {
		return switch (name) {
			case "name" -> "Fuzz Page " + UUID.randomUUID();
			case "firstName" -> "Paula";
			case "lastName" -> "Page";
			case "email" -> "page-" + UUID.randomUUID() + "@example.com";
			case "mobile" -> "+33 6 12 34 56 78";
			case "clientName", "company" -> world.ids.get("clientName");
			case "clientId" -> world.ids.get("client");
			case "role", "requestedRole" -> "REQUESTER";
			case "language" -> "en";
			default -> "";
		};
	}

	private static String attribute(String tag, String name) {
		Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
		return matcher.find() ? matcher.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
				: null;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Page page(String caller, String method, String path, String fields) {
		return new Page(caller, method, path, fields);
	}

	record Page(String caller, String method, String path, String fields) {

		List<String> slots() {
			List<String> slots = new ArrayList<>(List.of("header:Accept-Language"));
			Matcher variables = Pattern.compile("\\{(\\w+)\\}").matcher(this.path.replaceAll("\\?.*", ""));
			while (variables.find()) {
				slots.add("path:" + variables.group(1));
			}
			Matcher query = Pattern.compile("[?&](\\w+)=").matcher(this.path);
			while (query.find()) {
				slots.add("query:" + query.group(1));
			}
			if (this.fields != null && !this.fields.startsWith("/")) {
				for (String pair : this.fields.split("&")) {
					if (!pair.isEmpty()) {
						slots.add("field:" + pair.split("=")[0]);
					}
				}
			}
			if (this.fields != null && this.fields.startsWith("/")) {
				slots.add("form:");
			}
			return slots;
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	record Post(Page page, String slot, String value) {

		@Override
		public String toString() {
			String shown = (this.value.length() > 120)
					? this.value.substring(0, 120) + "…(" + this.value.length() + " chars)" : this.value;
			return this.page + " [" + this.slot + " = " + Nasty.quote(shown) + "]";
		}

	}

}
