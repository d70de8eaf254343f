package org.cyberbench.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.cyberbench.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's security configurer: every view must declare who may open it; the login view is ours.
 * Method security is on, so service methods declare who may call them with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll()
                // Open Badges: the issuer profile, key and status list any verifier must be able to fetch
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/badges/issuer", "/badges/issuer/keys/*", "/badges/status/*")
                .permitAll());
        http.headers(headers -> headers
                .contentTypeOptions(org.springframework.security.config.Customizer.withDefaults())
                // SCORM packages save their data when they unload; Chrome runs unload handlers in frames only if the page allows it
                .permissionsPolicyHeader(policy -> policy.policy("unload=(self)"))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
                .build();
    }

    /** bcrypt by default, with the algorithm recorded in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
