package org.cyberbench.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.cyberbench.identity.UserAccount;
import org.cyberbench.institutions.Institution;
import org.cyberbench.learning.Certificate;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.trainers.AccreditationStatus;
import org.cyberbench.trainers.TrainerLevel;
import org.cyberbench.trainers.TrainerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TrackingTest {

    /** The in-process SMTP server the test profile's spring.mail settings point at. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    InstitutionDashboard dashboards;
    @Autowired
    ExpiryReminders reminders;
    @Autowired
    DataExport export;
    @Autowired
    CertificateService certificates;
    @Autowired
    TrainerService trainers;

    @Autowired
    org.cyberbench.trainers.AccreditationFigures accreditationFigures;

    @Autowired
    org.cyberbench.trainers.TrainerCascade cascades;
    @Autowired
    TrainingEvents events;
    @Autowired
    TestUsers testUsers;
    @Autowired
    TestInstitutions testInstitutions;
    @Autowired
    TestCourses testCourses;
    @Autowired
    JdbcTemplate jdbc;

    Institution school;
    UserAccount admin;
    UserAccount platformAdmin;
    String course;

    @BeforeEach
    void aSchoolWithMembersAndACourse() {
        school = testInstitutions.create("Tracking school", "HR");
        admin = testInstitutions.member(school, "Ivana Admin", Role.INSTITUTION_ADMIN);
        platformAdmin = testUsers.create("Root Admin", Role.ADMIN);
        course = "tracked-" + System.nanoTime();
        testCourses.importSmallCourse(course);
    }

    @Test
    void theDashboardCountsCertificatesAccreditationsPeopleTrainedAndEventsOfItsOwnMembersOnly() {
        UserAccount ana = testInstitutions.member(school, "Ana Judge", Role.LEARNER);
        UserAccount ben = testInstitutions.member(school, "Ben Judge", Role.LEARNER);
        UserAccount cid = testInstitutions.member(school, "Cid Judge", Role.LEARNER);
        testCourses.certify(ana, course);
        Certificate soon = testCourses.certify(ben, course);
        Certificate old = testCourses.certify(cid, course);
        age(soon.code(), 30);
        age(old.code(), -5);
        Institution elsewhere = testInstitutions.create("Elsewhere", "SI");
        testCourses.certify(testInstitutions.member(elsewhere, "Outside Person", Role.LEARNER), course);

        UserAccount trainer = testInstitutions.member(school, "Tara Trainer", Role.LEARNER);
        testUsers.as(platformAdmin, () -> trainers.recognise(trainer.id(), course, TrainerLevel.TRAINER, 2));
        long event = testUsers.as(admin, () -> events.schedule(school.id(), new EventForm("Day one", course, null, EventFormat.CLASSROOM,
                LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(2), LocalDateTime.now(java.time.ZoneOffset.UTC).plusHours(1), "UTC", "Hall", null, 10, RegistrationMode.OPEN, "en",
                Set.of(trainer.id())))).id();
        for (UserAccount person : new UserAccount[] {ana, ben}) {
            testUsers.as(person, () -> events.register(event));
        }
        testUsers.as(trainer, () -> events.markAttendance(event, ana.id(), true));

        InstitutionDashboard.Dashboard d = testUsers.as(admin, () -> dashboards.dashboard(school.id()));
        assertThat(d.certificates()).extracting(CertificateService.StatusCount::courseSlug, CertificateService.StatusCount::status,
                CertificateService.StatusCount::count).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(course, "VALID", 1L),
                        org.assertj.core.groups.Tuple.tuple(course, "EXPIRING", 1L),
                        org.assertj.core.groups.Tuple.tuple(course, "EXPIRED", 1L));
        assertThat(d.expiringCertificates()).extracting(CertificateService.Expiring::holderName).containsExactly("Ben Judge");
        assertThat(d.accreditations()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(TrainerLevel.TRAINER);
            assertThat(a.status()).isEqualTo(AccreditationStatus.EXPIRING);
            assertThat(a.count()).isEqualTo(1);
        });
        assertThat(d.expiringAccreditations()).extracting(a -> a.trainerName()).containsExactly("Tara Trainer");
        assertThat(d.trainers()).extracting(TrainerService.TrainerSummary::name).containsExactly("Tara Trainer");
        assertThat(d.trained()).singleElement().satisfies(t -> {
            assertThat(t.profession()).isEqualTo("JUDGE");
            assertThat(t.country()).isEqualTo("FR");
            assertThat(t.people()).isEqualTo(1);
        });
        assertThat(d.events()).singleElement().satisfies(e -> {
            assertThat(e.registered()).isEqualTo(2);
            assertThat(e.present()).isEqualTo(1);
        });
        assertThat(d.cascade().institutionReach()).isEqualTo(1);

        UserAccount otherAdmin = testInstitutions.member(elsewhere, "Other Admin", Role.INSTITUTION_ADMIN);
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> dashboards.dashboard(school.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(otherAdmin, () -> certificates.expiring(null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(ana, () -> dashboards.dashboard(school.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRenewedAccreditationIsNeitherCountedNorRemindedAsExpiring() {
        UserAccount trainer = testInstitutions.member(school, "Rena Renewed", Role.LEARNER);
        testUsers.as(platformAdmin, () -> trainers.recognise(trainer.id(), course, TrainerLevel.TRAINER, 2));
        assertThat(testUsers.as(trainer, () -> reminders.mine())).hasSize(1);
        testUsers.as(platformAdmin, () -> trainers.recognise(trainer.id(), course, TrainerLevel.TRAINER, 30));

        assertThat(testUsers.as(trainer, () -> reminders.mine())).isEmpty();
        assertThat(testUsers.as(admin, () -> accreditationFigures.expiring(school.id()))).isEmpty();
        assertThat(testUsers.as(admin, () -> accreditationFigures.accreditationCounts(school.id()))).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(AccreditationStatus.VALID));
    }

    @Test
    void aNewCertificateIsMailedToItsHolderInTheirLanguageWithItsVerificationLink() throws Exception {
        UserAccount holder = testInstitutions.member(school, "Chloé Titulaire", Role.LEARNER);
        jdbc.update("update app_user set preferred_language = 'fr' where id = ?", holder.id());
        Certificate certificate = testCourses.certify(holder, course);

        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(holder, "Votre certificat"), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Bonjour Chloé Titulaire", "/verify/" + certificate.code());
    }

    @Test
    void holdersAreToldOnceOnTheirDashboardAndByEmail() throws Exception {
        UserAccount holder = testInstitutions.member(school, "Hana Holder", Role.LEARNER);
        Certificate certificate = testCourses.certify(holder, course);
        // the mail about the new certificate comes first, after its transaction; the count below starts after it
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(holder, "Your Cyberbench certificate").isPresent());
        assertThat(testUsers.as(holder, () -> reminders.mine())).isEmpty();
        age(certificate.code(), 20);
        assertThat(testUsers.as(holder, () -> reminders.mine())).singleElement()
                .satisfies(n -> assertThat(n.courseSlug()).isEqualTo(course));

        int sent = testUsers.as(platformAdmin, () -> reminders.sendDue());
        assertThat(sent).isGreaterThanOrEqualTo(1);
        MimeMessage mail = mailTo(holder, "expires soon").orElseThrow();
        assertThat(new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("Hana Holder", "/verify/" + certificate.code());
        int before = smtp.getReceivedMessages().length;
        testUsers.as(platformAdmin, () -> reminders.sendDue());
        assertThat(smtp.getReceivedMessages()).as("nobody is told twice").hasSize(before);
        assertThatThrownBy(() -> testUsers.as(admin, () -> reminders.sendDue())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonDownloadsTheirOwnDataAndNobodyElses() {
        UserAccount me = testInstitutions.member(school, "Mira Mine", Role.LEARNER);
        UserAccount other = testInstitutions.member(school, "Otto Other", Role.LEARNER);
        Certificate mine = testCourses.certify(me, course);
        Certificate theirs = testCourses.certify(other, course);
        String json = new String(testUsers.as(me, () -> export.myData()), StandardCharsets.UTF_8);
        assertThat(json).contains("\"email\" : \"" + me.email() + "\"", mine.code(), "\"quizAttempts\"", "\"scorePercent\" : 100")
                .doesNotContain(theirs.code(), other.email(), "password");
    }

    private void age(String code, int daysLeft) {
        jdbc.update("update certificate set expires_at = date_add(utc_timestamp(6), interval ? day) where code = ?", daysLeft, code);
    }

    private java.util.Optional<MimeMessage> mailTo(UserAccount person, String subject) {
        return java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> uncheckedRecipient(m).equals(person.email()) && uncheckedSubject(m).contains(subject)).findFirst();
    }

    private static String uncheckedSubject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uncheckedRecipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
