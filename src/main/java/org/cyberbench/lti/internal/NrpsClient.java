package org.cyberbench.lti.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Names and Role Provisioning Services: reads a context's members, following the platform's
 * {@code Link: <…>; rel="next"} pages (only on the same host, at most {@value #MAX_PAGES} pages).
 */
@Component
class NrpsClient {

    static final String MEMBERSHIPS = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 100;
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^,;]+)*)");
    private static final Pattern REL_NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

    record Member(String userId, String name, String email, List<String> roles, String status) {
    }

    private final PlatformHttp http;
    private final ServiceTokens tokens;

    NrpsClient(PlatformHttp http, ServiceTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    List<Member> members(PlatformEntity platform, String membershipsUrl) throws IOException {
        Set<String> scopes = Set.of(ServiceTokens.NRPS);
        String token = tokens.token(platform, scopes);
        URI first = URI.create(membershipsUrl);
        List<Member> members = new ArrayList<>();
        URI page = first;
        for (int pages = 0; page != null && pages < MAX_PAGES; pages++) {
            PlatformHttp.Reply reply = http.get(page, MEMBERSHIPS, token);
            if (reply.status() == 401) {
                tokens.forget(platform, scopes);
            }
            if (!reply.ok()) {
                throw new IOException("memberships: HTTP " + reply.status());
            }
            for (JsonNode member : reply.json().path("members")) {
                List<String> roles = new ArrayList<>();
                member.path("roles").forEach(r -> roles.add(r.asString()));
                members.add(new Member(member.path("user_id").asString(null), member.path("name").asString(null),
                        member.path("email").asString(null), LtiMessage.roles(roles), member.path("status").asString("Active")));
            }
            page = reply.link().flatMap(NrpsClient::next).map(URI::create)
                    .filter(next -> first.getHost().equalsIgnoreCase(next.getHost())).orElse(null);
        }
        return members;
    }

    /** The rel="next" target of a Link header (RFC 8288), if any. */
    static Optional<String> next(String header) {
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            Matcher rel = REL_NEXT.matcher(link.group(2));
            while (rel.find()) {
                if (List.of(rel.group(1).strip().split("\\s+")).contains("next")) {
                    return Optional.of(link.group(1).strip());
                }
            }
        }
        return Optional.empty();
    }
}
