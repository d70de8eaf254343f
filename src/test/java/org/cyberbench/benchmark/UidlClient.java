package org.cyberbench.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A browser's conversation with a Vaadin Flow application, without the browser: the session cookie,
 * the bootstrap ({@code ?v-r=init}), router navigation as the client router sends it (the
 * {@code ui-navigate} event on the UI), and the push channel (Atmosphere over WebSocket). Each call
 * is a real HTTP round trip through Tomcat, Spring Security and Vaadin; only the rendering in a
 * browser is left out, so hundreds fit on a laptop without the clients dominating what is measured.
 */
final class UidlClient implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    private String cookie = "";
    private String csrfToken;
    private String pushId;
    private int uiId;
    private int syncId;
    private int clientId;
    private WebSocket push;
    /** The newest state node of each element id seen, and the event data each click listener asks for. */
    private final Map<String, Integer> nodesById = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, String> clickListeners = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, JsonNode> constants = new java.util.concurrent.ConcurrentHashMap<>();

    UidlClient(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the login form, as the browser posts it. */
    void signIn(String email, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password=" + encode(password))));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in refused for " + email + ": " + response.statusCode() + " " + location);
        }
    }

    /** Opens a page at {@code route} as a browser does on a full load: the bootstrap, then the first navigation. */
    JsonNode open(String route) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + encode(route) + "&query=")).GET());
        JsonNode appConfig = read(response.body()).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt();
        JsonNode uidl = appConfig.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        absorb(uidl);
        return navigate(route);
    }

    /** What a click on a link inside the application sends: the client router's navigation event. */
    JsonNode navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", clientId);
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        rpc.set("data", data);
        return uidl(rpc);
    }

    private synchronized JsonNode uidl(ObjectNode rpc) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", syncId).put("clientId", clientId);
        body.putArray("rpc").add(rpc);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        String text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        JsonNode answer = read(text);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (response.statusCode() != 200 || !answer.has("syncId")) {
            throw new IllegalStateException("UIDL request refused: " + response.statusCode() + " " + text.substring(0, Math.min(300, text.length())));
        }
        clientId = answer.path("clientId").asInt(clientId + 1);
        absorb(answer);
        return answer;
    }

    /** A click on the element with this id, with the event data its listener asks for (no modifier keys). */
    JsonNode click(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element " + elementId + " on the page");
        }
        ObjectNode data = JSON.createObjectNode();
        JsonNode wanted = constants.get(clickListeners.getOrDefault(node, ""));
        if (wanted != null) {
            wanted.propertyNames().forEach(expression -> {
                if (expression.endsWith("Key")) {
                    data.put(expression, false);
                } else {
                    data.put(expression, 0);
                }
            });
        }
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", "click");
        rpc.set("data", data);
        return uidl(rpc);
    }

    /** Keeps what later requests need from a server message: its sync id, element ids, click listeners. */
    private synchronized void absorb(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = Math.max(syncId, uidl.path("syncId").asInt());
        }
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            if ("put".equals(change.path("type").asString()) && change.path("value").isString()) {
                String key = change.path("key").asString();
                if (key.equals("id") && change.path("feat").asInt() == 3) {
                    nodesById.merge(change.path("value").asString(), node, Math::max);
                } else if (key.equals("click") && change.path("feat").asInt() == 4) {
                    clickListeners.put(node, change.path("value").asString());
                }
            }
        }
    }

    /**
     * Opens the push channel as Vaadin's client does (Atmosphere protocol over a WebSocket); every
     * message the server pushes to this UI is handed to {@code onMessage} as it arrives.
     */
    void connectPush(Consumer<String> onMessage) {
        connectPush(onMessage, false);
    }

    /** With {@code follow}, pushed changes are read too, so that later clicks find the redrawn elements. */
    void connectPush(Consumer<String> onMessage, boolean follow) {
        Consumer<String> handler = !follow ? onMessage : message -> {
            String json = message.startsWith("for(;;);") ? message.substring(8) : message;
            if (json.startsWith("{") || json.startsWith("[")) {
                JsonNode node = read(json);
                absorb(node.isArray() ? node.get(0) : node);
            }
            onMessage.accept(message);
        };
        String query = Map.of("v-r", "push", "v-uiId", String.valueOf(uiId), "v-pushId", pushId,
                        "X-Atmosphere-tracking-id", "0", "X-Atmosphere-Framework", "3.0.5-javascript",
                        "X-Atmosphere-Transport", "websocket", "X-atmo-protocol", "true", "X-Cache-Date", "0",
                        "X-Atmosphere-TrackMessageSize", "true",
                        "Content-Type", "application/json; charset=UTF-8").entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue())).reduce((a, b) -> a + "&" + b).orElseThrow();
        push = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(base.replace("http:", "ws:") + "/VAADIN/push?" + query), new Frames(handler)).join();
    }

    /** Atmosphere's framing: {@code length|message}, messages possibly split over or sharing frames. */
    private static final class Frames implements WebSocket.Listener {
        private final Consumer<String> onMessage;
        private final StringBuilder buffer = new StringBuilder();

        Frames(Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            buffer.append(data);
            while (!buffer.isEmpty()) {
                int bar = buffer.indexOf("|");
                String head = bar < 0 ? "" : buffer.substring(0, bar);
                if (!head.chars().allMatch(Character::isDigit) || head.isEmpty()) {
                    if (!last) {
                        break; // the rest of an unframed message (the protocol's handshake) is still coming
                    }
                    onMessage.accept(buffer.toString());
                    buffer.setLength(0);
                    break;
                }
                int length = Integer.parseInt(head);
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                onMessage.accept(buffer.substring(bar + 1, bar + 1 + length));
                buffer.delete(0, bar + 1 + length);
            }
            socket.request(1);
            return null;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("Not JSON: " + text.substring(0, Math.min(200, text.length())), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (push != null) {
            push.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
            push.abort();
        }
    }
}
