package org.cyberbench.lti;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers for the simulated platform's HTTP handlers. */
final class Http {

    interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private Http() {
    }

    static Map<String, String> form(HttpExchange exchange) throws IOException {
        return decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Map<String, String> query(URI uri) {
        return decode(uri.getRawQuery());
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    /** A page like Moodle's: a hidden form posted by script as soon as it loads. */
    static String autoPost(String action, Map<String, String> fields) {
        StringBuilder html = new StringBuilder("<html><body><form id=\"f\" method=\"post\" action=\"" + FakeMoodle.escape(action) + "\">");
        fields.forEach((k, v) -> html.append("<input type=\"hidden\" name=\"").append(FakeMoodle.escape(k)).append("\" value=\"")
                .append(FakeMoodle.escape(v)).append("\">"));
        return html.append("</form><script>document.getElementById('f').submit();</script></body></html>").toString();
    }

    static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", body);
    }

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    static void text(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", body);
    }

    static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
