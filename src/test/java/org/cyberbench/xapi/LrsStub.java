package org.cyberbench.xapi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.cyberbench.shared.json.Json;

/**
 * A Learning Record Store on 127.0.0.1 that keeps what it receives (xAPI statements PUT with their
 * id), can answer 503 for a while as an LRS that is down, and refuses chosen statements with 400.
 */
final class LrsStub implements AutoCloseable {

    record Received(String statementId, Map<String, Object> statement, String version, String authorization) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final Map<String, Integer> refuse = new ConcurrentHashMap<>();
    final AtomicInteger unavailable = new AtomicInteger();
    private final HttpServer server;

    LrsStub(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/xapi/statements", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String id = query == null ? null : URLDecoder.decode(query.replaceFirst("^statementId=", ""), StandardCharsets.UTF_8);
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            if (unavailable.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 503;
            } else if (!"PUT".equals(exchange.getRequestMethod()) || id == null) {
                status = 405;
            } else if (refuse.containsKey(id)) {
                status = refuse.get(id);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> statement = Json.read(new String(body, StandardCharsets.UTF_8), Map.class);
                received.add(new Received(id, statement, exchange.getRequestHeaders().getFirst("X-Experience-API-Version"),
                        exchange.getRequestHeaders().getFirst("Authorization")));
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    List<Map<String, Object>> statements(String verb) {
        return received.stream().map(Received::statement)
                .filter(s -> ((Map<?, ?>) s.get("verb")).get("id").equals("http://adlnet.gov/expapi/verbs/" + verb)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
