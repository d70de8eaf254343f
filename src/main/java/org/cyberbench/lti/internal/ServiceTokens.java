package org.cyberbench.lti.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;
import org.cyberbench.lti.LtiProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Access tokens for a platform's services, by Spring Security's OAuth2 client: the client-credentials
 * grant authenticated with a JWT signed by the tool key (private_key_jwt, as LTI Advantage requires),
 * asking only for the scopes a call needs. Tokens are cached per platform and scope set until they
 * expire, so a batch of scores costs one token request.
 */
@Component
class ServiceTokens {

    static final String AGS_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String AGS_LINEITEM_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    static final String AGS_RESULT_READ = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    static final String AGS_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private static final String PRINCIPAL = "cyberbench-lti-tool";

    private final InMemoryOAuth2AuthorizedClientService clients;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

    ServiceTokens(PlatformRepository platforms, ToolKeys keys, LtiProperties properties, Clock clock) {
        ClientRegistrationRepository registrations = id -> registration(platforms, id);
        this.clients = new InMemoryOAuth2AuthorizedClientService(registrations);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
                .connectTimeout(properties.lti().http().connectTimeout()).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(properties.lti().http().readTimeout());
        RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();
        tokens.setRestClient(RestClient.builder().requestFactory(requests)
                .configureMessageConverters(c -> c.addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
        tokens.addParametersConverter(new NimbusJwtClientAuthenticationParametersConverter<OAuth2ClientCredentialsGrantRequest>(
                registration -> keys.signingKey()));
        this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
        this.manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(c -> c.accessTokenResponseClient(tokens).clock(clock)).build());
    }

    /** A valid access token for these scopes at this platform, fetched when none is cached. */
    String token(PlatformEntity platform, Collection<String> scopes) {
        OAuth2AuthorizedClient client = manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(id(platform, scopes))
                .principal(PRINCIPAL).build());
        if (client == null) {
            throw new IllegalStateException("No access token from platform " + platform.getId());
        }
        return client.getAccessToken().getTokenValue();
    }

    /** Forgets a token the platform no longer accepts (401), so the next call asks for a new one. */
    void forget(PlatformEntity platform, Collection<String> scopes) {
        clients.removeAuthorizedClient(id(platform, scopes), PRINCIPAL);
    }

    private static String id(PlatformEntity platform, Collection<String> scopes) {
        return "lti-" + platform.getId() + " " + String.join(" ", new TreeSet<>(scopes));
    }

    private static ClientRegistration registration(PlatformRepository platforms, String id) {
        String[] parts = id.split(" ");
        long platformId = Long.parseLong(parts[0].substring("lti-".length()));
        PlatformEntity platform = platforms.findById(platformId).filter(PlatformEntity::isActive).orElse(null);
        if (platform == null) {
            return null;
        }
        return ClientRegistration.withRegistrationId(id)
                .clientId(platform.getClientId())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .tokenUri(platform.getTokenUrl())
                .scope(Arrays.asList(parts).subList(1, parts.length))
                .build();
    }
}
