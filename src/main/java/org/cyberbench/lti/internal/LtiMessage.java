package org.cyberbench.lti.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claims of a verified LTI 1.3 launch that the tool uses, read leniently where platforms differ:
 * {@code aud} as a string or an array, deep-linking flags as booleans or as "true"/"false" strings
 * (older Moodle), roles as full URIs or short context names.
 */
public record LtiMessage(
        String issuer,
        String subject,
        List<String> audience,
        String authorizedParty,
        String nonce,
        String messageType,
        String version,
        String deploymentId,
        String targetLinkUri,
        List<String> roles,
        Context context,
        String resourceLinkId,
        String resourceLinkTitle,
        Ags ags,
        String membershipsUrl,
        DeepLinking deepLinking,
        Map<String, String> custom,
        String name,
        String email,
        String locale) {

    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    public static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/";
    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    public record Context(String id, String label, String title) {
    }

    public record Ags(List<String> scopes, String lineitems, String lineitem) {
    }

    public record DeepLinking(String returnUrl, List<String> acceptTypes, boolean acceptMultiple, boolean acceptLineItem,
            boolean acceptWindow, String data) {
    }

    public static LtiMessage from(Map<String, Object> claims) {
        Map<String, Object> context = map(claims.get(LTI + "context"));
        Map<String, Object> link = map(claims.get(LTI + "resource_link"));
        Map<String, Object> endpoint = map(claims.get(AGS + "endpoint"));
        Map<String, Object> nrps = map(claims.get(NRPS + "namesroleservice"));
        Map<String, Object> settings = map(claims.get(DL + "deep_linking_settings"));
        Map<String, Object> presentation = map(claims.get(LTI + "launch_presentation"));
        Map<String, String> custom = new LinkedHashMap<>();
        map(claims.get(LTI + "custom")).forEach((k, v) -> {
            if (k != null && v != null) {
                custom.put(k, String.valueOf(v));
            }
        });
        String name = text(claims.get("name"));
        if (name == null) {
            String joined = (nonNull(text(claims.get("given_name"))) + " " + nonNull(text(claims.get("family_name")))).strip();
            name = joined.isEmpty() ? null : joined;
        }
        return new LtiMessage(
                text(claims.get("iss")), text(claims.get("sub")), strings(claims.get("aud")), text(claims.get("azp")),
                text(claims.get("nonce")), text(claims.get(LTI + "message_type")), text(claims.get(LTI + "version")),
                text(claims.get(LTI + "deployment_id")), text(claims.get(LTI + "target_link_uri")),
                claims.containsKey(LTI + "roles") ? roles(strings(claims.get(LTI + "roles"))) : null,
                context.isEmpty() ? null : new Context(text(context.get("id")), text(context.get("label")), text(context.get("title"))),
                text(link.get("id")), text(link.get("title")),
                endpoint.isEmpty() ? null : new Ags(strings(endpoint.get("scope")), text(endpoint.get("lineitems")), text(endpoint.get("lineitem"))),
                text(nrps.get("context_memberships_url")),
                settings.isEmpty() ? null : new DeepLinking(text(settings.get("deep_link_return_url")), strings(settings.get("accept_types")),
                        bool(settings.get("accept_multiple")), bool(settings.get("accept_lineitem")),
                        strings(settings.get("accept_presentation_document_targets")).contains("window"), text(settings.get("data"))),
                Map.copyOf(custom), name, text(claims.get("email")),
                text(presentation.get("locale")) != null ? text(presentation.get("locale")) : text(claims.get("locale")));
    }

    /** Whether the platform says this person teaches (or designs, or administers) the context. */
    public boolean isInstructor() {
        return roles != null && roles.stream().anyMatch(r -> r.equals(MEMBERSHIP + "Instructor") || r.startsWith(MEMBERSHIP.replace("#", "/Instructor#"))
                || r.equals(MEMBERSHIP + "ContentDeveloper") || r.equals(MEMBERSHIP + "Administrator")
                || r.endsWith("/institution/person#Administrator") || r.endsWith("/system/person#Administrator"));
    }

    /** The language the platform shows the person ("fr-FR" → fr), if any. */
    public String language() {
        return locale == null || locale.isBlank() ? null : Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
    }

    /** The country part of the locale ("fr-BE" → BE), if any. */
    public String country() {
        return locale == null || locale.isBlank() ? null : Locale.forLanguageTag(locale.replace('_', '-')).getCountry();
    }

    /** Full role URIs; short context role names ("Instructor") become membership URIs. */
    static List<String> roles(List<String> given) {
        return given.stream().map(r -> r.contains(":") || r.contains("/") ? r : MEMBERSHIP + r).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<String> strings(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(String.valueOf(value).strip());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
