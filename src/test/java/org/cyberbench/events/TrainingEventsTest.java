package org.cyberbench.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestInstitutions;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.institutions.Institution;
import org.cyberbench.scenario.RunSettings;
import org.cyberbench.scenario.ScenarioEngineTest;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.scenario.ScenarioRuns;
import org.cyberbench.shared.UserFacingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TrainingEventsTest {

    @Autowired
    org.springframework.modulith.events.core.EventPublicationRegistry publications;
    @Autowired
    TrainingEvents events;

    @Autowired
    org.cyberbench.events.EventFeedback feedback;
    @Autowired
    ScenarioRuns runs;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    TestUsers testUsers;
    @Autowired
    TestInstitutions testInstitutions;
    @Autowired
    org.cyberbench.TestCourses testCourses;
    @Autowired
    org.cyberbench.learning.LearningService learning;

    Institution academy;
    UserAccount admin;
    UserAccount trainer;

    @BeforeEach
    void anAcademyWithATrainer() {
        academy = testInstitutions.create("Event academy", "SI");
        admin = testInstitutions.member(academy, "Ana Admin", Role.INSTITUTION_ADMIN);
        trainer = testInstitutions.member(academy, "Tia Trainer", Role.TRAINER);
    }

    @Test
    void schedulingChecksTheFormAndTheInstitution() {
        assertThatThrownBy(() -> schedule(form("Backwards", LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(2), LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1), 10,
                RegistrationMode.OPEN))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.error.endBeforeStart"));
        UserAccount learner = testInstitutions.member(academy, "Leo Learner", Role.LEARNER);
        EventForm withLearnerAsTrainer = new EventForm("x", "intro", null, EventFormat.CLASSROOM, LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1),
                LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1).plusHours(2), "Europe/Ljubljana", "Room", null, 5, RegistrationMode.OPEN, "en",
                Set.of(learner.id()));
        assertThatThrownBy(() -> schedule(withLearnerAsTrainer)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("event.error.notATrainer"));
        Institution other = testInstitutions.create("Elsewhere", "AT");
        UserAccount otherAdmin = testInstitutions.member(other, "Oli Other", Role.INSTITUTION_ADMIN);
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> events.schedule(academy.id(), form("Not mine", LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1),
                LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1).plusHours(3), 10, RegistrationMode.OPEN)))).isInstanceOf(AccessDeniedException.class);

        TrainingEvent event = schedule(form("Workshop", LocalDateTime.of(2030, 3, 4, 9, 0), LocalDateTime.of(2030, 3, 4, 17, 0), 10,
                RegistrationMode.OPEN));
        assertThat(event.startsAt().toString()).isEqualTo("2030-03-04T09:00+01:00[Europe/Ljubljana]");
        assertThat(event.trainers()).extracting(TrainingEvent.Person::name).containsExactly("Tia Trainer");
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> events.cancel(event.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFullEventPutsPeopleOnTheWaitingListAndACancellationLetsTheFirstOneIn() {
        long event = schedule(form("Small room", LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(3), LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(3).plusHours(4), 2,
                RegistrationMode.OPEN)).id();
        UserAccount first = learner("First");
        UserAccount second = learner("Second");
        UserAccount third = learner("Third");
        UserAccount fourth = learner("Fourth");
        assertThat(register(first, event)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(register(first, event)).as("a double click registers once").isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(register(second, event)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(register(third, event)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(register(fourth, event)).isEqualTo(RegistrationStatus.WAITLISTED);
        TrainingEvent seen = testUsers.as(third, () -> events.get(event));
        assertThat(seen.registered()).isEqualTo(2);
        assertThat(seen.waitlisted()).isEqualTo(2);
        assertThat(seen.myStatus()).isEqualTo(RegistrationStatus.WAITLISTED);

        testUsers.as(first, () -> events.cancelRegistration(event));
        assertThat(testUsers.as(third, () -> events.get(event)).myStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(testUsers.as(fourth, () -> events.get(event)).myStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(register(first, event)).as("coming back joins the end of the queue").isEqualTo(RegistrationStatus.WAITLISTED);
    }

    /** Twelve people press "register" at the same moment for three seats: three get a seat, nine wait, none is lost. */
    @Test
    void peopleRegisteringAtTheSameMomentNeverTakeMoreSeatsThanThereAre() throws Exception {
        long event = schedule(form("Last seats", LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(5),
                LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(5).plusHours(3), 3, RegistrationMode.OPEN)).id();
        List<UserAccount> people = java.util.stream.IntStream.range(0, 12).mapToObj(i -> learner("Rush" + i)).toList();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<RegistrationStatus> outcomes;
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(people.size())) {
            List<java.util.concurrent.Future<RegistrationStatus>> futures = people.stream().map(person -> pool.submit(() -> {
                start.await();
                return register(person, event);
            })).toList();
            start.countDown();
            outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<RegistrationStatus> future : futures) {
                outcomes.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        }
        assertThat(outcomes).filteredOn(o -> o == RegistrationStatus.REGISTERED).hasSize(3);
        assertThat(outcomes).filteredOn(o -> o == RegistrationStatus.WAITLISTED).hasSize(9);
        TrainingEvent seen = testUsers.as(admin, () -> events.get(event));
        assertThat(seen.registered()).as("seats taken, as stored").isEqualTo(3);
        assertThat(seen.waitlisted()).as("waiting, as stored").isEqualTo(9);
    }

    @Test
    void invitationOnlyEventsAcceptInvitedMembersAndStayHiddenFromOthers() {
        long event = schedule(form("Closed seminar", LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(5), LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(5).plusHours(6), 10,
                RegistrationMode.INVITATION)).id();
        UserAccount invited = learner("Invited");
        UserAccount outsider = learner("Outsider");
        assertThatThrownBy(() -> testUsers.as(outsider, () -> events.get(event))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register(outsider, event)).isInstanceOf(UserFacingException.class);
        assertThat(testUsers.as(admin, () -> events.invite(event, List.of(invited.id())))).isEqualTo(1);
        assertThat(testUsers.as(admin, () -> events.invite(event, List.of(invited.id())))).isZero();
        assertThat(testUsers.as(invited, () -> events.get(event)).myStatus()).isEqualTo(RegistrationStatus.INVITED);
        assertThat(register(invited, event)).isEqualTo(RegistrationStatus.REGISTERED);
        Instant now = Instant.now();
        assertThat(testUsers.as(outsider, () -> events.visible(now, now.plus(30, ChronoUnit.DAYS))))
                .extracting(TrainingEvent::id).doesNotContain(event);
        assertThat(testUsers.as(invited, () -> events.visible(now, now.plus(30, ChronoUnit.DAYS))))
                .extracting(TrainingEvent::id).contains(event);
        UserAccount stranger = testUsers.create("Stray Stranger", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(admin, () -> events.invite(event, List.of(stranger.id())))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void trainersTakeAttendanceAndOnlyConsentingAttendeesShareTheirContacts() {
        long event = schedule(form("Today", LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(2), LocalDateTime.now(java.time.ZoneOffset.UTC).plusHours(2), 10, RegistrationMode.OPEN)).id();
        UserAccount ana = learner("Ana");
        UserAccount ben = learner("Ben");
        UserAccount cyd = learner("Cyd");
        List.of(ana, ben, cyd).forEach(u -> register(u, event));
        UserAccount otherTrainer = testInstitutions.member(academy, "Not Theirs", Role.TRAINER);
        assertThatThrownBy(() -> testUsers.as(otherTrainer, () -> events.attendance(event))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(ana, () -> events.markAttendance(event, ana.id(), true))).isInstanceOf(AccessDeniedException.class);
        testUsers.as(trainer, () -> {
            events.markAttendance(event, ana.id(), true);
            events.markAttendance(event, ben.id(), true);
            events.markAttendance(event, cyd.id(), false);
        });
        assertThat(testUsers.as(trainer, () -> events.attendance(event))).extracting(Attendee::name, Attendee::attended)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Learner", true), org.assertj.core.groups.Tuple.tuple("Ben Learner", true),
                        org.assertj.core.groups.Tuple.tuple("Cyd Learner", false));

        assertThat(testUsers.as(ana, () -> feedback.contacts(event))).as("nobody has consented yet").isEmpty();
        testUsers.as(ben, () -> feedback.shareMyContact(event, true));
        assertThat(testUsers.as(ana, () -> feedback.contacts(event))).extracting(org.cyberbench.events.EventFeedback.Contact::name).containsExactly("Ben Learner");
        assertThat(testUsers.as(ben, () -> feedback.contacts(event))).as("Ana did not consent").isEmpty();
        assertThat(testUsers.as(cyd, () -> feedback.contacts(event))).as("absent people see nobody").isEmpty();
        assertThatThrownBy(() -> testUsers.as(cyd, () -> feedback.shareMyContact(event, true))).isInstanceOf(UserFacingException.class);
        testUsers.as(ben, () -> feedback.shareMyContact(event, false));
        assertThat(testUsers.as(ana, () -> feedback.contacts(event))).as("consent withdrawn").isEmpty();

        testUsers.as(ana, () -> feedback.evaluate(event, new EvaluationForm(5, 4, 5, "The scenario made Article 16 concrete.")));
        assertThatThrownBy(() -> testUsers.as(ana, () -> feedback.evaluate(event, new EvaluationForm(1, 1, 1, null))))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> testUsers.as(cyd, () -> feedback.evaluate(event, new EvaluationForm(3, 3, 3, null))))
                .isInstanceOf(UserFacingException.class);
        org.cyberbench.events.EventFeedback.EvaluationSummary summary = testUsers.as(trainer, () -> feedback.evaluations(event));
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.quality()).isEqualTo(4.0);
        assertThat(summary.comments()).containsExactly("The scenario made Article 16 concrete.");
    }

    @Test
    void joiningTheEventsScenarioRunCountsAsAttendance() {
        String slug = "event-case-" + System.nanoTime();
        SystemAuthentication.runAsSystem(() -> library.importScenarios(Map.of(
                "scenarios/" + slug + "/scenario.yaml", ScenarioEngineTest.SCENARIO.replace("slug: test-case", "slug: " + slug),
                "scenarios/" + slug + "/01-alert.yaml", ScenarioEngineTest.PHASE_1,
                "scenarios/" + slug + "/02-court.yaml", ScenarioEngineTest.PHASE_2)));
        long event = testUsers.as(admin, () -> events.schedule(academy.id(), new EventForm("Scenario day", null, slug, EventFormat.CLASSROOM,
                LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1), LocalDateTime.now(java.time.ZoneOffset.UTC).plusHours(3), "UTC", "Room 1", null, 30, RegistrationMode.OPEN, "en",
                Set.of(trainer.id())))).id();
        long runId = testUsers.as(trainer, () -> events.startScenarioRun(event, new RunSettings(false, true, 2)));
        String code = testUsers.as(trainer, () -> runs.console(runId)).run().code();
        UserAccount walkIn = learner("Walk-in");
        testUsers.as(walkIn, () -> runs.join(code, null));
        testUsers.as(walkIn, () -> runs.join(code, null));
        // recorded after the join's transaction, by the event registry
        await().atMost(Duration.ofSeconds(20)).until(() -> testUsers.as(trainer, () -> events.attendance(event)).stream()
                .anyMatch(Attendee::attended));
        assertThat(testUsers.as(trainer, () -> events.attendance(event))).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Walk-in Learner");
            assertThat(a.attended()).isTrue();
            assertThat(a.status()).isEqualTo(RegistrationStatus.REGISTERED);
        });
        assertThat(testUsers.as(trainer, () -> events.scenarioRuns(event))).containsExactly(runId);
    }

    @Test
    void attendanceCompletesABlendedCourseAndIssuesTheCertificate() {
        String blended = "blended-" + System.nanoTime();
        testCourses.importBlendedCourse(blended);
        UserAccount judge = learner("Blended");
        long enrolment = testCourses.doEveryStep(judge, blended);
        assertThat(testUsers.as(judge, () -> learning.certificateFor(enrolment))).as("lessons and quiz alone do not complete it").isEmpty();
        assertThat(testUsers.as(judge, () -> learning.awaitsAttendance(enrolment))).isTrue();

        long event = testUsers.as(admin, () -> events.schedule(academy.id(), new EventForm("Blended day", blended, null, EventFormat.BLENDED,
                LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(1), LocalDateTime.now(java.time.ZoneOffset.UTC).plusHours(2), "UTC", "Room 5", "https://meet.example.org/day", 10,
                RegistrationMode.OPEN, "en", Set.of(trainer.id())))).id();
        register(judge, event);
        testUsers.as(trainer, () -> events.markAttendance(event, judge.id(), true));

        // issued after the attendance is saved, in a transaction of its own (a durable module event)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(testUsers.as(judge, () -> learning.certificateFor(enrolment))).get().satisfies(c -> {
                    assertThat(c.holderName()).isEqualTo("Blended Learner");
                    assertThat(c.institutionName()).isEqualTo(academy.name());
                }));
        assertThat(testUsers.as(judge, () -> learning.enrolment(enrolment)).completed()).isTrue();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publications.findIncompletePublications()).as("the registry's entry is done")
                        .noneMatch(p -> p.getEvent() instanceof AttendanceRecorded a && a.userId() == judge.id()));
    }

    private UserAccount learner(String first) {
        return testInstitutions.member(academy, first + " Learner", Role.LEARNER);
    }

    private RegistrationStatus register(UserAccount who, long event) {
        return testUsers.as(who, () -> events.register(event));
    }

    private TrainingEvent schedule(EventForm form) {
        return testUsers.as(admin, () -> events.schedule(academy.id(), form));
    }

    private EventForm form(String title, LocalDateTime start, LocalDateTime end, int capacity, RegistrationMode mode) {
        return new EventForm(title, "intro-cybercrime-e-evidence", null, EventFormat.CLASSROOM, start, end, "Europe/Ljubljana",
                "Training centre, room 3", null, capacity, mode, "en", Set.of(trainer.id()));
    }
}
