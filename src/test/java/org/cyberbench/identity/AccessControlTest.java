package org.cyberbench.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionForm;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.institutions.InstitutionType;
import org.cyberbench.shared.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** A learner sees only their own data; an institution admin only their own institution's people. */
@IntegrationTest
class AccessControlTest {

    @Autowired
    UserService users;
    @Autowired
    InstitutionService institutions;
    @Autowired
    TestUsers testUsers;

    UserAccount learner;
    UserAccount otherLearner;
    UserAccount admin;
    UserAccount adminOfA;
    UserAccount memberOfA;
    UserAccount memberOfB;
    Institution a;
    Institution b;

    @BeforeEach
    void setUp() {
        learner = testUsers.create("Lea Learner", Role.LEARNER);
        otherLearner = testUsers.create("Otto Other", Role.LEARNER);
        admin = testUsers.create("Ada Admin", Role.ADMIN);
        adminOfA = testUsers.create("Ian Admin", Role.INSTITUTION_ADMIN, Role.LEARNER);
        memberOfA = testUsers.create("Mia Member", Role.LEARNER);
        memberOfB = testUsers.create("Ben Member", Role.LEARNER);
        testUsers.as(admin, () -> {
            a = institutions.create(new InstitutionForm("Academy " + adminOfA.id(), "FR", InstitutionType.POLICE_ACADEMY));
            b = institutions.create(new InstitutionForm("School " + adminOfA.id(), "BE", InstitutionType.UNIVERSITY));
            institutions.addMember(a.id(), adminOfA.email());
            institutions.addMember(a.id(), memberOfA.email());
            institutions.addMember(b.id(), memberOfB.email());
        });
    }

    @Test
    void aLearnerSeesTheirOwnProfileButNotAnotherLearners() {
        assertThat(testUsers.as(learner, () -> users.get(learner.id())).email()).isEqualTo(learner.email());
        assertThat(testUsers.as(learner, users::me).id()).isEqualTo(learner.id());
        assertThatThrownBy(() -> testUsers.as(learner, () -> users.get(otherLearner.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLearnerCannotCallAdministratorServices() {
        assertThatThrownBy(() -> testUsers.as(learner, () -> users.search("", PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(learner, () -> users.updateAccess(learner.id(), learner.version(),
                java.util.Set.of(Role.ADMIN), true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(learner, () -> institutions.search("")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(learner, () -> institutions.create(
                new InstitutionForm("Mine", "FR", InstitutionType.UNIVERSITY)))).isInstanceOf(AccessDeniedException.class);
        assertThat(testUsers.as(learner, users::me).roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void anonymousCallersGetNothingPersonal() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("anonymous", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> users.me()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.get(learner.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> institutions.mine()).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anInstitutionAdminSeesOnlyTheirOwnInstitutionsPeople() {
        assertThat(testUsers.as(adminOfA, () -> institutions.members(a.id())))
                .extracting(UserAccount::email).contains(memberOfA.email()).doesNotContain(memberOfB.email());
        assertThat(testUsers.as(adminOfA, () -> users.get(memberOfA.id())).fullName()).isEqualTo("Mia Member");

        assertThatThrownBy(() -> testUsers.as(adminOfA, () -> users.get(memberOfB.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(adminOfA, () -> institutions.members(b.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(adminOfA, () -> institutions.get(b.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInstitutionAdminCannotTakeAnotherInstitutionsMember() {
        assertThatThrownBy(() -> testUsers.as(adminOfA, () -> institutions.addMember(a.id(), memberOfB.email())))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("members.error.otherInstitution");
        assertThatThrownBy(() -> testUsers.as(adminOfA, () -> institutions.removeMember(b.id(), memberOfB.id())))
                .isInstanceOf(AccessDeniedException.class);

        testUsers.as(adminOfA, () -> institutions.addMember(a.id(), learner.email()));
        assertThat(testUsers.as(adminOfA, () -> institutions.members(a.id())))
                .extracting(UserAccount::id).contains(learner.id());
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        UserAccount soleAdmin = testUsers.as(admin, users::me);
        long admins = testUsers.as(admin, () -> users.search("", PageRequest.of(0, 1000)).stream()
                .filter(u -> u.enabled() && u.hasRole(Role.ADMIN)).count());
        assertThat(admins).isGreaterThan(1);
        UserAccount demoted = testUsers.as(admin, () -> users.updateAccess(soleAdmin.id(), soleAdmin.version(),
                java.util.Set.of(Role.LEARNER), true));
        assertThat(demoted.roles()).containsExactly(Role.LEARNER);
    }
}
