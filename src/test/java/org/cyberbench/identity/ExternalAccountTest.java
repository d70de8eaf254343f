package org.cyberbench.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts for people an LMS vouches for: learners, no usable password, an e-mail never shared by two accounts. */
@IntegrationTest
class ExternalAccountTest {

    @Autowired
    UserService users;
    @Autowired
    TestUsers testUsers;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theAccountIsALearnerWithTheGivenEMailWhenFreeAndAPlaceholderOtherwise() {
        String email = TestUsers.uniqueEmail("lms");
        UserAccount first = SystemAuthentication.runAsSystem(() -> users.createExternalAccount(new ExternalAccountRequest("Lina LMS", email, "BE", "fr")));
        assertThat(first.email()).isEqualTo(email);
        assertThat(first.roles()).containsExactly(Role.LEARNER);
        assertThat(first.profession()).isEqualTo(Profession.OTHER);
        assertThat(first.preferredLanguage()).isEqualTo("fr");

        UserAccount second = SystemAuthentication.runAsSystem(() -> users.createExternalAccount(new ExternalAccountRequest("Other", email, "ZZ", "en")));
        assertThat(second.email()).isNotEqualTo(email).endsWith("@accounts.invalid");
        UserAccount none = SystemAuthentication.runAsSystem(() -> users.createExternalAccount(new ExternalAccountRequest("No Mail", null, "ZZ", "en")));
        assertThat(none.email()).endsWith("@accounts.invalid");

        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        AuthenticationManager manager = new ProviderManager(provider);
        for (String guess : new String[] {"", "password", email}) {
            assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, guess)))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void onlyThePlatformItselfOrAnAdministratorMayCreateOne() {
        UserAccount learner = testUsers.create("Curious Learner", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(learner, () -> users.createExternalAccount(new ExternalAccountRequest("X", null, "ZZ", "en"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
