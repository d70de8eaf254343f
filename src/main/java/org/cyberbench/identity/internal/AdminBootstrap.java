package org.cyberbench.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import org.cyberbench.identity.Profession;
import org.cyberbench.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a platform with no administrator, creates one: with the configured password
 * ({@code cyberbench.admin.password}), or with a random one printed once to the log.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String email;
    private final String password;

    AdminBootstrap(UserRepository users, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${cyberbench.admin.email:admin@cyberbench.local}") String email,
            @Value("${cyberbench.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsWithRole(Role.ADMIN)) {
            return;
        }
        if (users.existsByEmail(UserEntity.normaliseEmail(email))) {
            log.error("No administrator exists, and {} is taken by a non-administrator: set cyberbench.admin.email", email);
            return;
        }
        boolean generated = !StringUtils.hasText(password);
        String initialPassword = generated ? randomPassword() : password;
        users.save(new UserEntity(email, passwordEncoder.encode(initialPassword), "Administrator", Profession.OTHER,
                "FR", "en", EnumSet.of(Role.ADMIN, Role.LEARNER), clock.instant()));
        if (generated) {
            log.warn("""

                    ================================================================
                     Created the first administrator account
                       e-mail:   {}
                       password: {}
                     This password is shown only once. Sign in and change it.
                    ================================================================""", email, initialPassword);
        } else {
            log.info("Created the first administrator account {} with the configured password", email);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
