package org.cyberbench.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.cyberbench.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Vaadin's security configurer: every view must declare who may open it; the login view is ours.
 * Method security is on, so service methods declare who may call them with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * Only our own origin for everything; Vaadin's client engine needs inline and eval'd scripts and
     * inline styles (it starts with an inline script and runs the event expressions the server sends),
     * so those two stay. No page may frame ours but our own (SCORM players); LMS launches open in a
     * new window (docs/lti.md). Nothing posts a form elsewhere, and no plugin runs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll()
                // Open Badges: the issuer profile, key and status list any verifier must be able to fetch
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/badges/issuer", "/badges/issuer/keys/*", "/badges/status/*")
                .permitAll());
        http.headers(headers -> {
            // written before the request is handled: Vaadin's bootstrap page is sent in a way that skips
            // headers written only when the response commits (it went out with none of them)
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers
                    .contentTypeOptions(Customizer.withDefaults())
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.sameOrigin())
                    // SCORM packages save their data when they unload; Chrome runs unload handlers in frames only if the page allows it
                    .permissionsPolicyHeader(policy -> policy.policy("unload=(self)"))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
        });
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
                .build();
    }

    /** bcrypt by default, with the algorithm recorded in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
