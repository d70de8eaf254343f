package org.cyberbench.trainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestCourses;
import org.cyberbench.TestInstitutions;
import org.cyberbench.TestUsers;
import org.cyberbench.events.EventForm;
import org.cyberbench.events.EventFormat;
import org.cyberbench.events.RegistrationMode;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.Institution;
import org.cyberbench.shared.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TrainerServiceTest {

    @Autowired
    TrainerService trainers;

    @Autowired
    TrainerAccess trainerAccess;

    @Autowired
    TrainerCascade cascades;
    @Autowired
    TrainingEvents events;
    @Autowired
    UserService users;
    @Autowired
    TestUsers testUsers;
    @Autowired
    TestInstitutions testInstitutions;
    @Autowired
    TestCourses testCourses;

    Institution academy;
    Institution other;
    UserAccount platformAdmin;
    UserAccount academyAdmin;
    UserAccount otherAdmin;
    UserAccount master;
    UserAccount candidate;
    String ttt;
    String course = "intro-cybercrime-e-evidence";

    @BeforeEach
    void anAcademyWithAMasterTrainerAndACandidate() {
        academy = testInstitutions.create("Academy", "FR");
        other = testInstitutions.create("Other school", "BE");
        platformAdmin = testUsers.create("Pat Platform", Role.ADMIN);
        academyAdmin = testInstitutions.member(academy, "Ada Academy", Role.INSTITUTION_ADMIN);
        otherAdmin = testInstitutions.member(other, "Otto Other", Role.INSTITUTION_ADMIN);
        master = testInstitutions.member(academy, "Mia Master", Role.LEARNER);
        candidate = testInstitutions.member(academy, "Carl Candidate", Role.LEARNER);
        ttt = "ttt-" + System.nanoTime();
        testCourses.importSmallCourse(ttt);
        testUsers.as(platformAdmin, () -> trainers.recognise(master.id(), course, TrainerLevel.MASTER_TRAINER, 36));
        testUsers.as(academyAdmin, () -> {
            trainers.setPathway(academy.id(), new Pathway(course, ttt, 2, 3, 24, 2));
            trainers.addCandidate(academy.id(), candidate.id());
        });
    }

    @Test
    void aCandidateIsAccreditedOnlyOnceEveryStepIsDone() {
        assertThatThrownBy(() -> accreditAsMaster())
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("trainers.error.steps"));
        testCourses.certify(candidate, ttt);
        assertThatThrownBy(this::accreditAsMaster).isInstanceOf(UserFacingException.class);

        observe(2, "Lost the room in the second phase; debrief too short.");
        observe(4, "Clear briefing, good timing, the debrief tied each decision to Article 16.");
        TrainerService.CourseProgress progress = progress();
        assertThat(progress.steps()).extracting(PathwayRules.StepStatus::done).containsExactly(true, false);
        assertThat(progress.steps().get(1).have()).as("the session rated 2 does not count").isEqualTo(1);
        assertThatThrownBy(this::accreditAsMaster).isInstanceOf(UserFacingException.class);

        observe(5, "Handled a sceptical judge with tact and kept the scenario moving.");
        Accreditation granted = accreditAsMaster();
        assertThat(granted.level()).isEqualTo(TrainerLevel.TRAINER);
        assertThat(granted.accreditedByName()).isEqualTo("Mia Master");
        assertThat(granted.expiresOn()).isEqualTo(granted.accreditedOn().plusMonths(24));
        assertThat(accreditAsMaster().id()).as("a second click gives the same accreditation").isEqualTo(granted.id());
        assertThat(testUsers.as(academyAdmin, () -> users.get(candidate.id())).roles()).contains(Role.TRAINER);

        TrainerService.TrainerDetail detail = testUsers.as(candidate, () -> trainers.detail(candidate.id()));
        assertThat(detail.trainer().level()).isEqualTo(TrainerLevel.TRAINER);
        assertThat(detail.trainer().accreditations()).hasSize(1);
        assertThat(detail.progress().getFirst().steps()).singleElement().satisfies(step -> {
            assertThat(step.step()).isEqualTo(PathwayRules.Step.RENEWAL_SESSIONS);
            assertThat(step.need()).isEqualTo(2);
            assertThat(step.done()).isFalse();
        });
        assertThat(detail.observations()).hasSize(3);
    }

    @Test
    void onlyMasterTrainersAndTheInstitutionObserveAndAccreditAndNobodyAccreditsThemselves() {
        testCourses.certify(candidate, ttt);
        assertThatThrownBy(() -> testUsers.as(candidate, () -> trainers.recordObservation(candidate.id(), course, null,
                LocalDate.now(java.time.ZoneOffset.UTC), 5, "I think I did very well indeed today."))).isInstanceOf(AccessDeniedException.class);
        UserAccount plainTrainer = testInstitutions.member(academy, "Tom Trainer", Role.TRAINER);
        assertThatThrownBy(() -> testUsers.as(plainTrainer, () -> trainers.recordObservation(candidate.id(), course, null,
                LocalDate.now(java.time.ZoneOffset.UTC), 5, "Looked fine to me, a good session."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> observe(6, "A rating off the scale should be refused.")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> observe(4, "Too short")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> testUsers.as(master, () -> trainers.recordObservation(candidate.id(), course, null,
                LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3), 4, "A session that has not happened yet."))).isInstanceOf(UserFacingException.class);

        observe(4, "Good session with clear links to the procedural articles.");
        observe(4, "Second good session, well-timed phases and a solid debrief.");
        assertThatThrownBy(() -> testUsers.as(master, () -> trainers.accredit(candidate.id(), course, TrainerLevel.MASTER_TRAINER)))
                .as("a master trainer cannot name another master").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(academyAdmin, () -> trainers.accredit(candidate.id(), course, TrainerLevel.MASTER_TRAINER)))
                .as("a master must first be a trainer")
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("trainers.error.masterNeedsTrainer"));
        testUsers.as(academyAdmin, () -> trainers.accredit(candidate.id(), course, TrainerLevel.TRAINER));
        Accreditation promoted = testUsers.as(academyAdmin, () -> trainers.accredit(candidate.id(), course, TrainerLevel.MASTER_TRAINER));
        assertThat(promoted.level()).isEqualTo(TrainerLevel.MASTER_TRAINER);
        assertThat(testUsers.as(academyAdmin, () -> trainerAccess.isMasterTrainer(candidate.id()))).isTrue();
        assertThatThrownBy(() -> testUsers.as(candidate, () -> trainers.accredit(candidate.id(), course, TrainerLevel.TRAINER)))
                .isInstanceOf(AccessDeniedException.class);

        testUsers.as(academyAdmin, () -> trainers.revoke(promoted.id()));
        assertThat(testUsers.as(academyAdmin, () -> trainerAccess.isMasterTrainer(candidate.id()))).isFalse();
    }

    @Test
    void anInstitutionAdminSeesNothingOfAnotherInstitutionsTrainers() {
        assertThat(testUsers.as(academyAdmin, () -> trainers.trainers(academy.id()))).extracting(TrainerService.TrainerSummary::name)
                .contains("Mia Master", "Carl Candidate");
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> trainers.trainers(academy.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> trainers.detail(candidate.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> cascades.cascade(academy.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> trainers.addCandidate(other.id(), candidate.id())))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> trainers.setPathway(academy.id(), Pathway.standard(course))))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount learner = testInstitutions.member(academy, "Lea Learner", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(learner, () -> trainers.trainers(academy.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(learner, () -> trainers.detail(candidate.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCascadeShowsWhoAccreditedWhomAndHowManyPeopleTheyReached() {
        testCourses.certify(candidate, ttt);
        observe(4, "Good session with clear links to the procedural articles.");
        observe(5, "Second good session, well-timed phases and a solid debrief.");
        accreditAsMaster();
        UserAccount judge = testInstitutions.member(academy, "Jo Judge", Role.LEARNER);
        UserAccount prosecutor = testInstitutions.member(academy, "Pip Prosecutor", Role.LEARNER);
        long event = testUsers.as(academyAdmin, () -> events.schedule(academy.id(), new EventForm("Preservation workshop", course, null,
                EventFormat.CLASSROOM, LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1), LocalDateTime.now(java.time.ZoneOffset.UTC).plusHours(3), "UTC", "Room 2", null, 20,
                RegistrationMode.OPEN, "en", Set.of(candidate.id())))).id();
        testUsers.as(judge, () -> events.register(event));
        testUsers.as(prosecutor, () -> events.register(event));
        testUsers.as(candidate, () -> {
            events.markAttendance(event, judge.id(), true);
            events.markAttendance(event, prosecutor.id(), false);
        });

        TrainerCascade.CascadeView cascade = testUsers.as(academyAdmin, () -> cascades.cascade(academy.id()));
        assertThat(cascade.institutionReach()).isEqualTo(1);
        assertThat(cascade.roots()).singleElement().satisfies(root -> {
            assertThat(root.name()).isEqualTo("Pat Platform");
            assertThat(root.children()).singleElement().satisfies(m -> {
                assertThat(m.name()).isEqualTo("Mia Master");
                assertThat(m.level()).isEqualTo(TrainerLevel.MASTER_TRAINER);
                assertThat(m.totalReach()).isEqualTo(1);
                assertThat(m.children()).singleElement().satisfies(c -> {
                    assertThat(c.name()).isEqualTo("Carl Candidate");
                    assertThat(c.directReach()).isEqualTo(1);
                });
            });
        });
    }

    private Accreditation accreditAsMaster() {
        return testUsers.as(master, () -> trainers.accredit(candidate.id(), course, TrainerLevel.TRAINER));
    }

    private void observe(int rating, String feedback) {
        testUsers.as(master, () -> trainers.recordObservation(candidate.id(), course, null, LocalDate.now(java.time.ZoneOffset.UTC), rating, feedback));
    }

    private TrainerService.CourseProgress progress() {
        return testUsers.as(academyAdmin, () -> trainers.detail(candidate.id())).progress().stream()
                .filter(p -> p.courseSlug().equals(course)).findFirst().orElseThrow();
    }
}
