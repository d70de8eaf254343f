package org.cyberbench.scorm.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The SCORM player's own filter chain, ahead of the Vaadin one. Everything needs a signed-in person.
 * The player page and the package files may be framed by our own pages only: the package page
 * frames the player, the player frames the SCO, and the SCO's API discovery reads
 * {@code window.parent}, which only works within one origin (X-Frame-Options SAMEORIGIN and CSP
 * {@code frame-ancestors 'self'}; Spring's default is DENY). Commits carry the CSRF token the player
 * page was given. Packages are imported by content editors only, which is why SCO scripts may run in
 * our origin at all (see docs/decisions/006-scorm-player.md).
 */
@Configuration(proxyBeanMethods = false)
class ScormSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain scormSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PlayerController.PREFIX + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"))
                        // SCOs save when they unload; Chrome runs unload handlers only where this allows it
                        .permissionsPolicyHeader(policy -> policy.policy("unload=(self)"))
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
