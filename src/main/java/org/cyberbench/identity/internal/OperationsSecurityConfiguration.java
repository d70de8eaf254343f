package org.cyberbench.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;

/**
 * The operations endpoints' own chain, ahead of every other: health (liveness, readiness) and info
 * are open, as load balancers and orchestrators call them without an account, and say no more than
 * UP or DOWN and what content is loaded; the Prometheus metrics need an administrator by HTTP Basic
 * (a scraper sends its credentials on every request; no session is made). Anything else under
 * {@code /actuator} is not exposed at all.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain operationsSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator", "/actuator/prometheus").hasRole("ADMIN")
                        // not exposed either way; refused here so that no other handler answers for them
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(OperationsSecurityConfiguration::askForCredentials))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(OperationsSecurityConfiguration::askForCredentials)
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * 401 with the Basic challenge, set on the response rather than sent as an error: an error
     * would be forwarded to /error, which the application's chain answers with a redirect to sign in.
     */
    private static void askForCredentials(HttpServletRequest request, HttpServletResponse response, AuthenticationException why) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Cyberbench operations\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
