package org.cyberbench.lti;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.util.HtmlUtils;

/**
 * A Moodle site simulated on the JDK's HTTP server at 127.0.0.1, with its own RSA keys. It serves what
 * Moodle's mod/lti serves, with Moodle's checks: the launch page that posts the login initiation,
 * certs.php (JWKS), auth.php (signs the id_token of the next {@link LaunchSpec}), token.php (verifies
 * the tool's client assertion against the tool's own /lti/jwks), the grade and roster services
 * ({@link FakeMoodleServices}), dynamic registration and the deep-linking return.
 */
public final class FakeMoodle implements AutoCloseable {

    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final Set<String> PERMITTED = Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly", "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            SCORE_SCOPE, "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    final String issuer;
    final String clientId = "client-" + Long.toHexString(System.nanoTime());
    final String deploymentId = "3";
    final String toolBase;
    volatile RSAKey key;
    final RSAKey unpublished;
    final AtomicInteger jwksHits = new AtomicInteger();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();
    public final List<String> deepLinkResponses = new CopyOnWriteArrayList<>();
    final List<String> registrations = new CopyOnWriteArrayList<>();
    final FakeMoodleServices services;
    public volatile LaunchSpec next = LaunchSpec.learner("42");
    volatile String lastLoginHint;
    /** The issuer the OpenID configuration names (another host than its own, for a negative test). */
    volatile String configurationIssuer;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Set<String> usedJtis = ConcurrentHashMap.newKeySet();
    private final Set<String> usedRegistrationTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger registered = new AtomicInteger();

    public FakeMoodle(String toolBase) throws Exception {
        this(toolBase, "127.0.0.1");
    }

    /**
     * @param host the name the platform goes by: 127.0.0.1, or localhost for a browser test, so that the
     *        platform and the tool are the same site and the state cookie (SameSite=Lax over plain http) comes back
     */
    public FakeMoodle(String toolBase, String host) throws Exception {
        this.toolBase = toolBase;
        this.key = new RSAKeyGenerator(2048).keyID("moodle-" + System.nanoTime()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .generate();
        this.unpublished = new RSAKeyGenerator(2048).keyID("not-published").generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.issuer = "http://" + host + ":" + server.getAddress().getPort();
        this.services = new FakeMoodleServices(this);
        server.setExecutor(threads);
        server.createContext("/mod/lti/launch.php", guarded(this::launchPage));
        server.createContext("/mod/lti/certs.php", guarded(this::certs));
        server.createContext("/mod/lti/auth.php", guarded(this::auth));
        server.createContext("/mod/lti/token.php", guarded(this::token));
        server.createContext("/mod/lti/services.php/", guarded(services::handle));
        server.createContext("/mod/lti/openid-configuration.php", guarded(this::openidConfiguration));
        server.createContext("/mod/lti/openid-registration.php", guarded(this::registration));
        server.createContext("/course/deep_link_return", guarded(this::deepLinkReturn));
        server.start();
    }

    public String url(String path) {
        return issuer + path;
    }

    public PlatformForm platformForm(String name) {
        return new PlatformForm(name, issuer, clientId, deploymentId, url("/mod/lti/auth.php"), url("/mod/lti/token.php"),
                url("/mod/lti/certs.php"));
    }

    /** Scores Moodle accepted so far, and token requests it answered (for the benchmark). */
    public int scoresReceived() {
        return services.scores.size();
    }

    public int tokenRequestCount() {
        return tokenRequests.get();
    }

    /** Moodle's launch.php: the page that posts the login initiation to the tool, for the next launch. */
    public String launchPageUrl() {
        return url("/mod/lti/launch.php");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- pages and endpoints

    private void launchPage(HttpExchange exchange) throws IOException {
        LaunchSpec spec = next;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", issuer);
        fields.put("target_link_uri", toolBase + spec.targetPath);
        fields.put("login_hint", spec.subject);
        fields.put("lti_message_hint", "{\"cmid\":12,\"launchid\":\"ltilaunch5_" + spec.subject + "\"}");
        fields.put("client_id", clientId);
        fields.put("lti_deployment_id", deploymentId);
        Http.html(exchange, 200, Http.autoPost(toolBase + "/lti/login", fields));
    }

    /** Key rotation at the platform: a new key with a new kid signs, and only it is published. */
    void rotateKey() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("moodle-rotated-" + System.nanoTime()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
    }

    private void certs(HttpExchange exchange) throws IOException {
        jwksHits.incrementAndGet();
        Http.json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    /** auth.php: Moodle's checks on the authentication request, then the id_token as an auto-posting form. */
    private void auth(HttpExchange exchange) throws Exception {
        Map<String, String> p = "POST".equals(exchange.getRequestMethod()) ? Http.form(exchange) : Http.query(exchange.getRequestURI());
        LaunchSpec spec = next;
        String redirect = p.get("redirect_uri");
        if (!List.of(toolBase + "/lti/launch", toolBase + "/lti/deep-link").contains(redirect)) {
            Http.text(exchange, 400, "Invalid redirect URI");
            return;
        }
        String problem = !"openid".equals(p.get("scope")) ? "invalid_scope"
                : !"id_token".equals(p.get("response_type")) ? "unsupported_response_type"
                : !clientId.equals(p.get("client_id")) ? "unauthorized_client"
                : !spec.subject.equals(p.get("login_hint")) ? "access_denied"
                : !"form_post".equals(p.get("response_mode")) ? "invalid_request"
                : p.get("prompt") != null && !"none".equals(p.get("prompt")) ? "invalid_request"
                : p.get("lti_message_hint") == null || !p.get("lti_message_hint").contains(spec.subject) ? "invalid_request"
                : spec.error;
        lastLoginHint = p.get("login_hint");
        Map<String, String> fields = new LinkedHashMap<>();
        if (problem != null) {
            fields.put("error", problem);
        } else {
            fields.put("id_token", idToken(spec, p.get("nonce"), toolBase + spec.targetPath));
        }
        fields.put("state", p.get("state"));
        Http.html(exchange, 200, Http.autoPost(redirect, fields));
    }

    String idToken(LaunchSpec spec, String nonce, String targetLinkUri) throws Exception {
        Instant iat = Instant.now().minus(spec.issuedAgo);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", clientId);
        claims.put("sub", spec.subject);
        claims.put("nonce", nonce);
        claims.put("name", spec.name);
        if (spec.email != null) {
            claims.put("email", spec.email);
        }
        String lti = "https://purl.imsglobal.org/spec/lti/claim/";
        claims.put(lti + "message_type", spec.messageType);
        claims.put(lti + "version", "1.3.0");
        claims.put(lti + "deployment_id", deploymentId);
        claims.put(lti + "target_link_uri", targetLinkUri);
        claims.put(lti + "roles", spec.roles);
        claims.put(lti + "context", Map.of("id", spec.contextId, "label", "CYB26", "title", spec.contextTitle,
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
        claims.put(lti + "tool_platform", Map.of("guid", "moodle-guid", "name", "Fake Moodle", "product_family_code", "moodle"));
        claims.put(lti + "launch_presentation", Map.of("locale", spec.locale, "document_target", "window"));
        claims.put(lti + "custom", spec.custom);
        if ("LtiResourceLinkRequest".equals(spec.messageType)) {
            claims.put(lti + "resource_link", Map.of("id", spec.resourceLinkId, "title", spec.resourceLinkTitle));
        } else {
            // older Moodle sends these flags as strings
            claims.put("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                    "deep_link_return_url", url("/course/deep_link_return?id=2&course=2&sesskey=abc"),
                    "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("frame", "iframe", "window"),
                    "accept_multiple", "true", "accept_lineitem", "true", "auto_create", "false", "data", "dl-data-" + spec.subject));
        }
        if (spec.ags != null) {
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("scope", List.copyOf(PERMITTED.stream().filter(s -> s.contains("lti-ags")).sorted().toList()));
            endpoint.put("lineitems", services.lineItemsUrl(spec.contextId));
            if ("lineitem".equals(spec.ags)) {
                endpoint.put("lineitem", services.lineItemFor(spec.contextId, spec.resourceLinkId, spec.resourceLinkTitle));
            }
            claims.put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", endpoint);
        }
        if (spec.nrps) {
            claims.put("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                    "context_memberships_url", services.membershipsUrl(spec.contextId), "service_versions", List.of("1.0", "2.0")));
        }
        spec.overrides.forEach((claim, value) -> {
            if (value == null) {
                claims.remove(claim);
            } else {
                claims.put(claim, value);
            }
        });
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issueTime(Date.from(iat)).expirationTime(Date.from(iat.plus(spec.lifetime)));
        claims.forEach(set::claim);
        return sign(set.build(), spec.signing);
    }

    private String sign(JWTClaimsSet claims, LaunchSpec.Signing signing) throws Exception {
        return switch (signing) {
            case PLATFORM_KEY, UNPUBLISHED_KEY -> {
                RSAKey with = signing == LaunchSpec.Signing.PLATFORM_KEY ? key : unpublished;
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).type(JOSEObjectType.JWT).build(),
                        claims);
                jwt.sign(new RSASSASigner(with));
                yield jwt.serialize();
            }
            case NONE -> new PlainJWT(new PlainHeader(), claims).serialize();
            case HS256_WITH_PUBLIC_KEY -> {
                byte[] secret = key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
                jwt.sign(new MACSigner(secret));
                yield jwt.serialize();
            }
        };
    }

    /** token.php: client_credentials with a JWT client assertion, verified against the tool's published keys. */
    private void token(HttpExchange exchange) throws Exception {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!"POST".equals(exchange.getRequestMethod()) || type == null || !type.split(";")[0].strip().equals("application/x-www-form-urlencoded")) {
            Http.json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        Map<String, String> p = Http.form(exchange);
        if (!"client_credentials".equals(p.get("grant_type"))
                || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(p.get("client_assertion_type"))
                || p.get("client_assertion") == null || p.get("scope") == null) {
            Http.json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        SignedJWT assertion = SignedJWT.parse(p.get("client_assertion"));
        RSAKey toolKey = (RSAKey) JWKSet.load(URI.create(toolBase + "/lti/jwks").toURL()).getKeyByKeyId(assertion.getHeader().getKeyID());
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        boolean valid = toolKey != null && assertion.verify(new RSASSAVerifier(toolKey)) && clientId.equals(claims.getIssuer())
                && clientId.equals(claims.getSubject()) && claims.getAudience().contains(url("/mod/lti/token.php"))
                && claims.getExpirationTime().after(new Date()) && claims.getJWTID() != null && usedJtis.add(claims.getJWTID());
        if (!valid) {
            Http.json(exchange, 400, "{\"error\":\"invalid_client\"}");
            return;
        }
        Set<String> granted = new java.util.TreeSet<>(List.of(p.get("scope").split(" ")));
        granted.retainAll(PERMITTED);
        if (granted.isEmpty()) {
            Http.json(exchange, 400, "{\"error\":\"invalid_scope\"}");
            return;
        }
        String token = "tok-" + tokenRequests.incrementAndGet();
        tokens.put(token, granted);
        Http.json(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\""
                + String.join(" ", granted) + "\"}");
    }

    // ---- dynamic registration

    /** A registration token as Moodle makes one: RS256 JWT signed by the platform, scope "reg", single use. */
    String registrationToken() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("client-dr-" + registered.get()).claim("scope", "reg")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void openidConfiguration(HttpExchange exchange) throws IOException {
        Http.json(exchange, 200, """
                {"issuer":"%1$s","token_endpoint":"%1$s/mod/lti/token.php","token_endpoint_auth_methods_supported":["private_key_jwt"],
                 "token_endpoint_auth_signing_alg_values_supported":["RS256"],"jwks_uri":"%1$s/mod/lti/certs.php",
                 "authorization_endpoint":"%1$s/mod/lti/auth.php","registration_endpoint":"%1$s/mod/lti/openid-registration.php",
                 "scopes_supported":["openid"],"response_types_supported":["id_token"],"subject_types_supported":["public","pairwise"],
                 "id_token_signing_alg_values_supported":["RS256"],"claims_supported":["sub","iss","name","email"],
                 "https://purl.imsglobal.org/spec/lti-platform-configuration":{"product_family_code":"moodle","version":"4.5",
                 "messages_supported":["LtiResourceLinkRequest","LtiDeepLinkingRequest"]}}""".formatted(issuer)
                .replaceFirst("\"issuer\":\"[^\"]*\"", "\"issuer\":\"" + (configurationIssuer == null ? issuer : configurationIssuer) + "\""));
    }

    /** openid-registration.php: Moodle's required fields and domain check; answers with a client id and deployment id. */
    private void registration(HttpExchange exchange) throws Exception {
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        String token = bearer == null ? "" : bearer.replaceFirst("^Bearer ", "");
        boolean tokenOk = !token.isEmpty() && SignedJWT.parse(token).verify(new RSASSAVerifier(key)) && usedRegistrationTokens.add(token);
        if (!tokenOk) {
            Http.json(exchange, 401, "{\"error\":\"invalid registration token\"}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> request = Http.MAPPER.readValue(body, Http.MAP);
        @SuppressWarnings("unchecked")
        Map<String, Object> lti = (Map<String, Object>) request.get("https://purl.imsglobal.org/spec/lti-tool-configuration");
        boolean complete = request.get("initiate_login_uri") != null && request.get("redirect_uris") instanceof List<?>
                && request.get("client_name") != null && request.get("jwks_uri") != null
                && "private_key_jwt".equals(request.get("token_endpoint_auth_method")) && lti != null && lti.get("domain") != null
                && ((List<?>) request.get("response_types")).contains("id_token");
        if (!complete || !URI.create((String) lti.get("target_link_uri")).getHost().equals(lti.get("domain"))) {
            Http.json(exchange, 400, "{\"error\":\"missing or inconsistent fields\"}");
            return;
        }
        registrations.add(body);
        Map<String, Object> answer = new LinkedHashMap<>(request);
        answer.put("client_id", "dr-client-" + registered.incrementAndGet());
        Map<String, Object> configuration = new LinkedHashMap<>(lti);
        configuration.put("deployment_id", "7");
        answer.put("https://purl.imsglobal.org/spec/lti-tool-configuration", configuration);
        Http.json(exchange, 200, Http.MAPPER.writeValueAsString(answer));
    }

    private void deepLinkReturn(HttpExchange exchange) throws IOException {
        deepLinkResponses.add(Http.form(exchange).get("JWT"));
        Http.html(exchange, 200, "<p>Activity added</p>");
    }

    private static com.sun.net.httpserver.HttpHandler guarded(Http.Handler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (Exception e) {
                Http.text(exchange, 500, e.toString());
            } finally {
                exchange.close();
            }
        };
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
