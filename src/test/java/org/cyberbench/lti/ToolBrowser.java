package org.cyberbench.lti;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a screen for the launch tests: keeps cookies per host, never follows redirects (so
 * each hop can be checked), and "runs" a page's auto-posting form by posting its fields to its action.
 */
public final class ToolBrowser {

    public record Response(int status, String body, HttpHeaders headers, URI uri) {

        public String location() {
            return headers.firstValue("Location").map(l -> uri.resolve(l).toString()).orElseThrow();
        }
    }

    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public Response get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").GET());
    }

    Response post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts the page's (first) form as its script would. */
    public Response submit(Response page) throws IOException, InterruptedException {
        return submit(page, fields -> { });
    }

    Response submit(Response page, Consumer<Map<String, String>> change) throws IOException, InterruptedException {
        Form form = form(page);
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        change.accept(fields);
        return post(form.action(), fields);
    }

    record Form(String action, Map<String, String> fields) {
    }

    static Form form(Response page) {
        Document html = Jsoup.parse(page.body(), page.uri().toString());
        Element form = html.selectFirst("form");
        if (form == null) {
            throw new AssertionError("No form in the page (HTTP " + page.status() + "): " + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        return new Form(form.absUrl("action"), fields);
    }

    Optional<String> cookie(String host, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .filter(c -> c.getDomain() == null || HttpCookie.domainMatches(c.getDomain(), host) || c.getDomain().equals(host))
                .map(HttpCookie::getValue).findFirst();
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body(), response.headers(), response.uri());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
