package org.cyberbench.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.shared.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class RegistrationAndLoginTest {

    @Autowired
    UserService users;
    @Autowired
    RegistrationSettings registrationSettings;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reopenRegistration() {
        SystemAuthentication.runAsSystem(() -> registrationSettings.setSelfRegistrationOpen(true));
    }

    @Test
    void aVisitorRegistersAsLearnerWithAHashedPassword() {
        String email = TestUsers.uniqueEmail("Ana.Register").toUpperCase();
        UserAccount account = users.register(request(email, "a long enough password"));

        assertThat(account.email()).isEqualTo(email.toLowerCase());
        assertThat(account.roles()).containsExactly(Role.LEARNER);
        assertThat(account.profession()).isEqualTo(Profession.PROSECUTOR);
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, account.id());
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
        assertThat(login(email, "a long enough password").isAuthenticated()).isTrue();
    }

    @Test
    void anE_mailCanOnlyBeRegisteredOnceWhateverItsCase() {
        String email = TestUsers.uniqueEmail("twice");
        users.register(request(email, "a long enough password"));
        assertThatThrownBy(() -> users.register(request(email.toUpperCase(), "another long password")))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("register.error.emailTaken");
    }

    @Test
    void aShortPasswordOrBadE_mailIsRefusedBeforeAnythingIsWritten() {
        long before = countUsers();
        assertThatThrownBy(() -> users.register(request(TestUsers.uniqueEmail("short"), "short")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> users.register(request("not-an-email", "a long enough password")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void whenTheAdministratorClosesRegistrationNobodyCanRegister() {
        SystemAuthentication.runAsSystem(() -> registrationSettings.setSelfRegistrationOpen(false));
        assertThat(registrationSettings.isSelfRegistrationOpen()).isFalse();
        long before = countUsers();
        assertThatThrownBy(() -> users.register(request(TestUsers.uniqueEmail("closed"), "a long enough password")))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("register.error.closed");
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String email = TestUsers.uniqueEmail("locked");
        UserAccount account = users.register(request(email, "the right password"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(email, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login(email, "the right password").isAuthenticated()).as("four failures do not lock").isTrue();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(email, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(email, "the right password")).isInstanceOf(LockedException.class);
        assertThat(SystemAuthentication.runAsSystem(() -> users.get(account.id())).locked()).isTrue();

        SystemAuthentication.runAsSystem(() -> users.unlock(account.id()));
        assertThat(login(email, "the right password").isAuthenticated()).isTrue();
    }

    @Test
    void aLockEndsByItselfSoThatNobodyCanLockARealUserOutForever() {
        String email = TestUsers.uniqueEmail("lockends");
        UserAccount account = users.register(request(email, "the right password"));
        java.time.Instant before = java.time.Instant.now();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(email, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        // stored as UTC (hibernate.jdbc.time_zone), read as such whatever the machine's zone
        java.time.Instant until = jdbc.queryForObject("select locked_until from app_user where id = ?", java.time.LocalDateTime.class,
                account.id()).toInstant(java.time.ZoneOffset.UTC);
        assertThat(until).as("locked for the configured 15 minutes, no longer")
                .isBetween(before.plus(java.time.Duration.ofMinutes(15)).minusSeconds(5), before.plus(java.time.Duration.ofMinutes(15)).plusSeconds(60));
        assertThatThrownBy(() -> login(email, "the right password")).isInstanceOf(LockedException.class);

        // the 15 minutes have passed
        jdbc.update("update app_user set locked_until = ? where id = ?",
                java.time.LocalDateTime.ofInstant(before.minusSeconds(1), java.time.ZoneOffset.UTC), account.id());
        assertThat(login(email, "the right password").isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("select failed_logins from app_user where id = ?", Integer.class, account.id()))
                .as("a success starts the count again").isZero();
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String email = TestUsers.uniqueEmail("disabled");
        UserAccount account = users.register(request(email, "the right password"));
        SystemAuthentication.runAsSystem(() -> users.updateAccess(account.id(), account.version(), account.roles(), false));
        assertThatThrownBy(() -> login(email, "the right password"))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    @Test
    void theFirstAdministratorIsCreatedFromConfiguration() {
        assertThat(login("admin@test.cyberbench.org", "admin-test-password").getAuthorities())
                .extracting(Object::toString).contains("ROLE_ADMIN");
    }

    private Authentication login(String email, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private long countUsers() {
        return jdbc.queryForObject("select count(*) from app_user", Long.class);
    }

    private static RegistrationRequest request(String email, String password) {
        return new RegistrationRequest("Ana Register", email, password, Profession.PROSECUTOR, "PT", "fr");
    }
}
