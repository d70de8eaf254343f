package org.cyberbench.lti.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.http.HttpStatus;

/**
 * The LTI endpoints' own filter chain, ahead of the Vaadin one. CSRF protection is off here only:
 * platforms post forms to /lti/login and /lti/launch from their own site, and what authenticates those
 * posts is the platform's signature, the single-use state and the state cookie, not a CSRF token.
 * Login, launch, JWKS and registration are open (nobody is signed in yet, see their controllers);
 * handing a deep-linking response back needs the session that made it. Sessions are created only by
 * a successful launch.
 */
@Configuration(proxyBeanMethods = false)
class LtiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain ltiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/lti/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ToolEndpoints.DEEP_LINK + "/return/**").authenticated()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
