package org.cyberbench.lti;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's services.php for the simulated site: AGS line items and scores, and NRPS memberships, with
 * Moodle's exact media-type matching, bearer tokens with the right scope, required score fields, and
 * 409 for a score that is not newer (to the second) than the stored one.
 */
final class FakeMoodleServices {

    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINEITEMS = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String MEMBERSHIPS = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    record LineItem(int number, String url, String context, String label, Object scoreMaximum, String resourceLinkId, String resourceId) {
    }

    /** A score as received: the raw Content-Type, the line item, the body. */
    record ReceivedScore(int lineItem, String contentType, Map<String, Object> body) {
    }

    private static final Pattern LINEITEMS_PATH = Pattern.compile("/mod/lti/services\\.php/([^/]+)/lineitems");
    private static final Pattern SCORES_PATH = Pattern.compile("/mod/lti/services\\.php/([^/]+)/lineitems/(\\d+)/lineitem/scores");
    private static final Pattern MEMBERS_PATH = Pattern.compile("/mod/lti/services\\.php/CourseSection/([^/]+)/bindings/3/memberships");

    final Map<Integer, LineItem> lineItems = new ConcurrentHashMap<>();
    final List<ReceivedScore> scores = new CopyOnWriteArrayList<>();
    final AtomicInteger failScores = new AtomicInteger();
    final AtomicInteger scoreAttempts = new AtomicInteger();
    final AtomicInteger membershipPages = new AtomicInteger();
    final List<Map<String, Object>> members = new CopyOnWriteArrayList<>();

    private final FakeMoodle moodle;
    private final AtomicInteger numbers = new AtomicInteger();
    private final Map<String, Long> storedSeconds = new ConcurrentHashMap<>();

    FakeMoodleServices(FakeMoodle moodle) {
        this.moodle = moodle;
    }

    String lineItemsUrl(String context) {
        return moodle.url("/mod/lti/services.php/" + context + "/lineitems?type_id=3");
    }

    String membershipsUrl(String context) {
        return moodle.url("/mod/lti/services.php/CourseSection/" + context + "/bindings/3/memberships");
    }

    /** The line item of a resource link (the activity's grade item), created on first use. */
    String lineItemFor(String context, String resourceLinkId, String label) {
        return lineItems.values().stream().filter(i -> resourceLinkId.equals(i.resourceLinkId())).findFirst()
                .orElseGet(() -> create(context, label, 100, resourceLinkId, null)).url();
    }

    List<ReceivedScore> scoresFor(String subject) {
        return scores.stream().filter(s -> subject.equals(s.body().get("userId"))).toList();
    }

    private LineItem create(String context, String label, Object maximum, String resourceLinkId, String resourceId) {
        int number = numbers.incrementAndGet();
        LineItem item = new LineItem(number, moodle.url("/mod/lti/services.php/" + context + "/lineitems/" + number + "/lineitem?type_id=3"),
                context, label, maximum, resourceLinkId, resourceId);
        lineItems.put(number, item);
        return item;
    }

    void handle(HttpExchange exchange) throws Exception {
        String path = exchange.getRequestURI().getPath();
        Matcher scoresPath = SCORES_PATH.matcher(path);
        Matcher lineItemsPath = LINEITEMS_PATH.matcher(path);
        Matcher membersPath = MEMBERS_PATH.matcher(path);
        if (scoresPath.matches() && "POST".equals(exchange.getRequestMethod())) {
            score(exchange, Integer.parseInt(scoresPath.group(2)));
        } else if (lineItemsPath.matches()) {
            lineItems(exchange, lineItemsPath.group(1));
        } else if (membersPath.matches() && "GET".equals(exchange.getRequestMethod())) {
            memberships(exchange);
        } else {
            Http.text(exchange, 404, "No handler for " + path);
        }
    }

    private boolean authorised(HttpExchange exchange, String... scopes) throws Exception {
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        Set<String> granted = bearer == null ? null : moodle.tokens.get(bearer.replaceFirst("^Bearer ", ""));
        if (granted == null || java.util.Arrays.stream(scopes).noneMatch(granted::contains)) {
            Http.text(exchange, 401, "Missing or wrong token");
            return false;
        }
        return true;
    }

    private void score(HttpExchange exchange, int number) throws Exception {
        scoreAttempts.incrementAndGet();
        if (failScores.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            Http.text(exchange, 503, "Moodle is being upgraded");
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!SCORE.equals(type)) {
            Http.text(exchange, 400, "Unsupported content type " + type);
            return;
        }
        if (!authorised(exchange, FakeMoodle.SCORE_SCOPE)) {
            return;
        }
        Map<String, Object> body = Http.MAPPER.readValue(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Http.MAP);
        if (!lineItems.containsKey(number) || body.get("userId") == null || body.get("timestamp") == null
                || body.get("activityProgress") == null || body.get("gradingProgress") == null
                || body.containsKey("scoreGiven") && !body.containsKey("scoreMaximum")) {
            Http.text(exchange, 400, "Incorrect score received");
            return;
        }
        long seconds = Instant.parse((String) body.get("timestamp")).getEpochSecond();
        String key = number + "/" + body.get("userId");
        Long stored = storedSeconds.get(key);
        if (stored != null && seconds <= stored) {
            Http.text(exchange, 409, "Refusing score with an earlier timestamp for item " + number + " and user " + body.get("userId"));
            return;
        }
        storedSeconds.put(key, seconds);
        scores.add(new ReceivedScore(number, type, body));
        Http.json(exchange, 200, "{}");
    }

    private void lineItems(HttpExchange exchange, String context) throws Exception {
        if ("GET".equals(exchange.getRequestMethod())) {
            if (!LINEITEMS.equals(exchange.getRequestHeaders().getFirst("Accept"))) {
                Http.text(exchange, 400, "Accept");
                return;
            }
            if (!authorised(exchange, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly")) {
                return;
            }
            String link = Http.query(exchange.getRequestURI()).get("resource_link_id");
            List<Map<String, Object>> items = new ArrayList<>();
            lineItems.values().stream().filter(i -> i.context().equals(context) && (link == null || link.equals(i.resourceLinkId())))
                    .forEach(i -> items.add(json(i)));
            Http.send(exchange, 200, LINEITEMS, Http.MAPPER.writeValueAsString(items));
        } else {
            if (!LINEITEM.equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                Http.text(exchange, 400, "Content-Type");
                return;
            }
            if (!authorised(exchange, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")) {
                return;
            }
            Map<String, Object> body = Http.MAPPER.readValue(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Http.MAP);
            if (body.get("label") == null || body.get("scoreMaximum") == null) {
                Http.text(exchange, 400, "label and scoreMaximum required");
                return;
            }
            LineItem item = create(context, (String) body.get("label"), body.get("scoreMaximum"), (String) body.get("resourceLinkId"),
                    (String) body.get("resourceId"));
            Http.send(exchange, 201, LINEITEM, Http.MAPPER.writeValueAsString(json(item)));
        }
    }

    private static Map<String, Object> json(LineItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.url());
        json.put("label", item.label());
        json.put("scoreMaximum", item.scoreMaximum());
        if (item.resourceLinkId() != null) {
            json.put("resourceLinkId", item.resourceLinkId());
            json.put("ltiLinkId", item.resourceLinkId());
        }
        if (item.resourceId() != null) {
            json.put("resourceId", item.resourceId());
        }
        return json;
    }

    /** Memberships with Moodle's paging: limit and from, and a Link rel="next" while more follow. */
    private void memberships(HttpExchange exchange) throws Exception {
        if (!MEMBERSHIPS.equals(exchange.getRequestHeaders().getFirst("Accept"))) {
            Http.text(exchange, 400, "Accept");
            return;
        }
        if (!authorised(exchange, "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly")) {
            return;
        }
        membershipPages.incrementAndGet();
        Map<String, String> query = Http.query(exchange.getRequestURI());
        int limit = Integer.parseInt(query.getOrDefault("limit", "2"));
        int from = Integer.parseInt(query.getOrDefault("from", "0"));
        List<Map<String, Object>> page = members.subList(Math.min(from, members.size()), Math.min(from + limit, members.size()));
        if (from + limit < members.size()) {
            String next = moodle.url(exchange.getRequestURI().getPath() + "?limit=" + limit + "&from=" + (from + limit));
            exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\"");
        }
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("id", moodle.url(exchange.getRequestURI().toString()));
        container.put("context", Map.of("id", "2", "label", "CYB26", "title", "Cybercrime for judges 2026"));
        container.put("members", page);
        Http.send(exchange, 200, MEMBERSHIPS, Http.MAPPER.writeValueAsString(container));
    }
}
