package org.cyberbench.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Names and roles of an LMS course, read page by page from Moodle, for the trainer who teaches it. */
class LtiMembersTest extends LtiTestBase {

    @Autowired
    LtiMembers members;
    @Autowired
    UserService users;

    @Test
    void aTrainerWhoTaughtTheLmsCourseReadsItsMembersAcrossPages() throws Exception {
        LaunchSpec spec = LaunchSpec.learner(newSubject()).teacher();
        spec.contextId = "ctx-" + spec.subject;
        spec.contextTitle = "Electronic evidence, spring";
        spec.resourceLinkId = "rl-members-" + spec.subject;
        moodle.services.members.clear();
        moodle.services.members.add(member(spec.subject, "Teresa Teacher", LaunchSpec.INSTRUCTOR));
        for (String name : List.of("Bruno Learner", "Ana Learner", "Dora Learner", "Cyril Learner")) {
            moodle.services.members.add(member("s-" + name.hashCode(), name, "Learner"));
        }
        assertThat(launch(spec).launched().status()).isEqualTo(303);
        long teacherId = linkedUser(spec.subject).getFirst();
        SystemAuthentication.runAsSystem(() -> users.grantTrainerRole(teacherId));
        UserAccount teacher = SystemAuthentication.runAsSystem(() -> users.get(teacherId));
        int pagesBefore = moodle.services.membershipPages.get();

        List<LtiMembers.LmsContext> contexts = testUsers.as(teacher, () -> members.contexts());
        assertThat(contexts).singleElement().satisfies(c -> assertThat(c.contextTitle()).isEqualTo("Electronic evidence, spring"));
        List<LtiMembers.Member> list = testUsers.as(teacher, () -> members.members(contexts.getFirst().linkId()));

        assertThat(moodle.services.membershipPages.get() - pagesBefore).as("5 members, 2 a page").isEqualTo(3);
        assertThat(list).extracting(LtiMembers.Member::name)
                .containsExactly("Ana Learner", "Bruno Learner", "Cyril Learner", "Dora Learner", "Teresa Teacher");
        assertThat(list.getLast().roles()).containsExactly("Instructor");
        assertThat(list.getFirst().roles()).as("short role names from the platform are read as membership roles").containsExactly("Learner");
        assertThat(list).filteredOn(LtiMembers.Member::hasAccount).extracting(LtiMembers.Member::name).containsExactly("Teresa Teacher");

        assertThat(testUsers.as(admin, () -> members.contexts())).extracting(LtiMembers.LmsContext::linkId).contains(contexts.getFirst().linkId());
        UserAccount otherTrainer = testUsers.create("Other Trainer", Role.TRAINER);
        assertThat(testUsers.as(otherTrainer, () -> members.contexts())).isEmpty();
        assertThatThrownBy(() -> testUsers.as(otherTrainer, () -> members.members(contexts.getFirst().linkId())))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount learner = testUsers.create("Just Learner", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(learner, () -> members.contexts())).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, Object> member(String userId, String name, String role) {
        return Map.of("status", "Active", "user_id", userId, "name", name, "email", name.replace(' ', '.') + "@moodle.example.org",
                "roles", List.of(role));
    }
}
