package org.cyberbench.lti.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * Assignment and Grade Services: posts a score to the resource link's line item, finding or creating
 * the line item first when the platform gave only the container. Says whether the score arrived, should
 * be tried again later (the platform is down, busy or the token expired) or was refused for good.
 */
@Component
class AgsClient {

    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINEITEMS = "application/vnd.ims.lis.v2.lineitemcontainer+json";

    enum Outcome { SENT, RETRY, REFUSED }

    record Result(Outcome outcome, String detail) {
    }

    private final PlatformHttp http;
    private final ServiceTokens tokens;

    AgsClient(PlatformHttp http, ServiceTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    Result send(PlatformEntity platform, ResourceLinkEntity link, GradeEntity grade) {
        Set<String> offered = link.agsScopes();
        if (!offered.contains(ServiceTokens.AGS_SCORE)) {
            return new Result(Outcome.REFUSED, "the platform grants no score scope for this link");
        }
        Set<String> scopes = new LinkedHashSet<>(Set.of(ServiceTokens.AGS_SCORE));
        if (link.getLineitemUrl() == null) {
            scopes.add(offered.contains(ServiceTokens.AGS_LINEITEM) ? ServiceTokens.AGS_LINEITEM : ServiceTokens.AGS_LINEITEM_READ);
        }
        try {
            String token = tokens.token(platform, scopes);
            if (link.getLineitemUrl() == null) {
                String found = findOrCreateLineItem(link, token, offered.contains(ServiceTokens.AGS_LINEITEM));
                if (found == null) {
                    return new Result(Outcome.REFUSED, "no line item for the resource link, and none may be created");
                }
                link.setLineitemUrl(found);
            }
            PlatformHttp.Reply reply = http.post(scoresUri(link.getLineitemUrl()), SCORE, null, scoreJson(grade), token);
            if (reply.status() == 401) {
                tokens.forget(platform, scopes);
            }
            return result(reply.status());
        } catch (IOException | RuntimeException e) {
            return new Result(Outcome.RETRY, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** 2xx: stored; 409: the platform has a newer score already (Moodle), which is as good. */
    static Result result(int status) {
        if (status >= 200 && status < 300 || status == 409) {
            return new Result(Outcome.SENT, "HTTP " + status);
        }
        if (status == 400 || status == 403 || status == 404 || status == 405 || status == 415 || status == 422) {
            return new Result(Outcome.REFUSED, "HTTP " + status);
        }
        return new Result(Outcome.RETRY, "HTTP " + status);
    }

    private String findOrCreateLineItem(ResourceLinkEntity link, String token, boolean mayCreate) throws IOException {
        URI search = UriComponentsBuilder.fromUriString(link.getLineitemsUrl())
                .queryParam("resource_link_id", UriUtils.encodeQueryParam(link.getResourceLinkId(), java.nio.charset.StandardCharsets.UTF_8))
                .build(true).toUri();
        PlatformHttp.Reply list = http.get(search, LINEITEMS, token);
        if (!list.ok()) {
            throw new IOException("line items: HTTP " + list.status());
        }
        for (JsonNode item : list.json()) {
            String forLink = item.path("resourceLinkId").asString(null);
            if (item.hasNonNull("id") && (forLink == null || forLink.equals(link.getResourceLinkId()))) {
                return item.get("id").asString();
            }
        }
        if (!mayCreate) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", link.getTitle() == null || link.getTitle().isBlank() ? "Cyberbench" : link.getTitle());
        body.put("scoreMaximum", 100);
        body.put("resourceLinkId", link.getResourceLinkId());
        if (link.getTargetKind() != null) {
            body.put("resourceId", link.getTargetKind().name().toLowerCase(java.util.Locale.ROOT) + ":" + link.getTargetSlug());
        }
        body.put("tag", "cyberbench");
        PlatformHttp.Reply created = http.post(URI.create(link.getLineitemsUrl()), LINEITEM, LINEITEM,
                PlatformHttp.MAPPER.writeValueAsString(body), token);
        if (!created.ok()) {
            throw new IOException("creating the line item: HTTP " + created.status());
        }
        return created.json().path("id").asString(null);
    }

    /** The scores endpoint of a line item: its path + "/scores", keeping its query (Moodle's ?type_id=). */
    static URI scoresUri(String lineitem) {
        return sibling(lineitem, "/scores");
    }

    static URI sibling(String lineitem, String suffix) {
        URI uri = URI.create(lineitem);
        try {
            return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath() + suffix, uri.getQuery(), uri.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Bad line item URL", e);
        }
    }

    static String scoreJson(GradeEntity grade) {
        GradeEntity.Score score = grade.score();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", grade.getSubject());
        if (score.given() != null) {
            json.put("scoreGiven", plain(score.given()));
            json.put("scoreMaximum", plain(score.maximum()));
        }
        if (score.comment() != null) {
            json.put("comment", score.comment());
        }
        json.put("timestamp", grade.getScoreAt().toString());
        json.put("activityProgress", score.activityProgress());
        json.put("gradingProgress", score.gradingProgress());
        return PlatformHttp.MAPPER.writeValueAsString(json);
    }

    private static Number plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.longValueExact();
        }
        return stripped.doubleValue();
    }
}
