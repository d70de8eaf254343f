package org.cyberbench.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.tracking.InstitutionDashboard;
import org.cyberbench.trainers.TrainerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dashboard and cascade query times at scale, printed, never asserted (not in the default test run):
 * <pre>./mvnw -Pbenchmark verify -Dtest=TrackingBenchmark</pre>
 * 100,000 learners in 20 institutions (one holds a fifth of them), 300,000 certificates, 5,000
 * trainers with accreditations forming a cascade, 10,000 events with 200,000 attended registrations.
 * The rows are written with JDBC batches; the figures are read through the real services.
 */
@IntegrationTest
class TrackingBenchmark {

    @BeforeAll
    static void productionLikeJvm() {
        BenchmarkJvm.requireProductionLike();
    }

    private static final int INSTITUTIONS = 20;
    private static final int LEARNERS = Integer.getInteger("benchmark.learners", 100_000);
    private static final int CERTIFICATES = Integer.getInteger("benchmark.certificates", 300_000);
    private static final int TRAINERS = Integer.getInteger("benchmark.trainers", 5_000);
    private static final int EVENTS = 10_000;
    private static final int REGISTRATIONS = 200_000;
    private static final int BATCH = 5_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InstitutionDashboard dashboards;
    @Autowired
    TrainerService trainers;

    @Autowired
    org.cyberbench.trainers.AccreditationFigures accreditationFigures;

    @Autowired
    org.cyberbench.trainers.TrainerCascade cascades;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    org.cyberbench.learning.CertificateService certificates;
    @Autowired
    org.cyberbench.events.TrainingEvents events;

    @Autowired
    org.cyberbench.events.TrainingFigures figures;
    @Autowired
    TestUsers testUsers;

    private final Random random = new Random(42);

    @Test
    void printFigures() {
        long started = System.nanoTime();
        long[] institutions = new long[INSTITUTIONS];
        Instant now = Instant.now();
        for (int i = 0; i < INSTITUTIONS; i++) {
            jdbc.update("insert into institution (name, country, type, created_at) values (?, ?, 'JUDICIAL_TRAINING_INSTITUTION', ?)",
                    "Bench institution " + i + " " + System.nanoTime(), "FR", Timestamp.from(now));
            institutions[i] = jdbc.queryForObject("select last_insert_id()", Long.class);
        }
        long[] users = insertUsers(institutions, now);
        long[] courseVersions = courseVersions();
        insertCertificates(users, courseVersions, now);
        long[] trainerIds = Arrays.copyOfRange(users, LEARNERS - TRAINERS, LEARNERS);
        insertTrainers(trainerIds, institutions, now);
        insertEvents(users, trainerIds, institutions, now);
        System.out.printf("%nData: %,d learners, %,d certificates, %,d trainers, %,d events, %,d registrations written in %.1f s%n",
                LEARNERS, CERTIFICATES, TRAINERS, EVENTS, REGISTRATIONS, (System.nanoTime() - started) / 1e9);

        UserAccount admin = testUsers.create("Bench Admin", Role.ADMIN);
        long big = institutions[0];
        long median = institutions[INSTITUTIONS / 2];
        System.out.println("query                                     | p50 ms  | max ms  (10 runs after 3 warm-up)");
        time("dashboard, largest institution (20,000 members)", () -> testUsers.as(admin, () -> dashboards.dashboard(big)));
        time("dashboard, typical institution (~4,200 members)", () -> testUsers.as(admin, () -> dashboards.dashboard(median)));
        // what the largest dashboard is made of, part by part
        java.time.LocalDate since = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(12).withDayOfMonth(1);
        time("  part: certificate status counts", () -> testUsers.as(admin, () -> certificates.statusCounts(big)));
        time("  part: certificates expiring", () -> testUsers.as(admin, () -> certificates.expiring(big)));
        time("  part: accreditation counts", () -> testUsers.as(admin, () -> accreditationFigures.accreditationCounts(big)));
        time("  part: accreditations expiring", () -> testUsers.as(admin, () -> accreditationFigures.expiring(big)));
        time("  part: trained by month", () -> testUsers.as(admin, () -> figures.trainedByMonth(big, since)));
        time("  part: event figures", () -> testUsers.as(admin, () -> figures.eventFigures(big, since)));
        time("cascade, largest institution", () -> testUsers.as(admin, () -> cascades.cascade(big)));
        time("cascade, all institutions (administrator)", () -> testUsers.as(admin, () -> cascades.cascade(null)));
        time("trainers list, largest institution", () -> testUsers.as(admin, () -> trainers.trainers(big)));
        var cascade = testUsers.as(admin, () -> cascades.cascade(null));
        System.out.printf("cascade: %d roots, largest reach %,d people; largest institution reached %,d people%n", cascade.roots().size(),
                cascade.roots().stream().mapToInt(org.cyberbench.trainers.TrainerCascade.CascadeNode::totalReach).max().orElse(0),
                testUsers.as(admin, () -> cascades.cascade(big)).institutionReach());
    }

    /** Ids in insertion order (auto-increment ids of a bulk insert may have gaps). */
    private long[] ids(String sql, Object... args) {
        return jdbc.queryForList(sql, Long.class, args).stream().mapToLong(Long::longValue).toArray();
    }

    private long[] insertUsers(long[] institutions, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        String[] professions = {"JUDGE", "PROSECUTOR", "POLICE", "DEFENCE_LAWYER", "COURT_STAFF"};
        String[] countries = {"FR", "BE", "RO", "SI", "HR", "PT"};
        String tag = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < LEARNERS; i++) {
            // a fifth of everyone in the first institution, the rest spread evenly
            long institution = i % 5 == 0 ? institutions[0] : institutions[1 + i % (INSTITUTIONS - 1)];
            rows.add(new Object[] {"bench-" + tag + "-" + i + "@bench.example", "{noop}x", "Learner " + i, professions[i % professions.length],
                    countries[i % countries.length], institution, "en", Timestamp.from(now)});
        }
        batch("insert into app_user (email, password_hash, full_name, profession, country, institution_id, preferred_language, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return ids("select id from app_user where email like ? order by id", "bench-" + tag + "-%");
    }

    private long[] courseVersions() {
        return SystemAuthentication.runAsSystem(() -> catalog.titles(java.util.Locale.ENGLISH).keySet().stream()
                .mapToLong(slug -> catalog.currentOutline(slug).orElseThrow().versionId()).toArray());
    }

    private void insertCertificates(long[] users, long[] versions, Instant now) {
        String[] slugs = {"intro-cybercrime-e-evidence", "advanced-e-evidence-in-court", "train-the-trainer"};
        List<Object[]> enrolments = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            long user = users[i % LEARNERS];
            int course = i / LEARNERS;
            enrolments.add(new Object[] {user, versions[course % versions.length], slugs[course % slugs.length], Timestamp.from(now),
                    Timestamp.from(now), Timestamp.from(now)});
        }
        batch("insert into enrolment (user_id, course_version_id, course_slug, enrolled_at, last_activity_at, completed_at) "
                + "values (?, ?, ?, ?, ?, ?)", enrolments);
        long[] enrolmentIds = ids("select id from enrolment where user_id >= ? order by id", users[0]);
        List<Object[]> certificates = new ArrayList<>();
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < CERTIFICATES; i++) {
            Instant issued = now.minus(random.nextInt(1100), ChronoUnit.DAYS);
            Instant expires = issued.plus(36 * 30, ChronoUnit.DAYS);
            Object[] e = enrolments.get(i);
            certificates.add(new Object[] {("B" + tag + String.format("%07d", i)), e[0],
                    enrolmentIds[i], e[1], e[2], "Learner", "{\"en\":\"Course\"}", Timestamp.from(issued), Timestamp.from(expires),
                    i % 97 == 0 ? Timestamp.from(issued.plus(10, ChronoUnit.DAYS)) : null});
        }
        batch("insert into certificate (code, user_id, enrolment_id, course_version_id, course_slug, holder_name, course_title, issued_at, "
                + "expires_at, revoked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", certificates);
    }

    private void insertTrainers(long[] trainerIds, long[] institutions, Instant now) {
        List<Object[]> profiles = new ArrayList<>();
        List<Object[]> accreditations = new ArrayList<>();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        for (int t = 0; t < TRAINERS; t++) {
            long user = trainerIds[t];
            long institution = institutions[t % INSTITUTIONS];
            boolean master = t < 100;
            profiles.add(new Object[] {user, institution, master ? "MASTER_TRAINER" : "TRAINER", Timestamp.from(now)});
            // the first master is the root; everyone else is accredited by someone accredited before them
            long by = t == 0 ? user : trainerIds[random.nextInt(Math.min(t, 100))];
            LocalDate on = today.minusDays(1500 - t / 5);
            accreditations.add(new Object[] {user, "intro-cybercrime-e-evidence", master ? "MASTER_TRAINER" : "TRAINER", by, institution,
                    java.sql.Date.valueOf(on), java.sql.Date.valueOf(on.plusMonths(24 + random.nextInt(30))), Timestamp.from(now)});
            if (t % 10 == 0) {
                // renewed or accredited a second time by someone else
                accreditations.add(new Object[] {user, "intro-cybercrime-e-evidence", "TRAINER", trainerIds[random.nextInt(100)],
                        institution, java.sql.Date.valueOf(on.plusMonths(12)), java.sql.Date.valueOf(on.plusMonths(48)), Timestamp.from(now)});
            }
        }
        batch("insert into trainer_profile (user_id, institution_id, level, created_at) values (?, ?, ?, ?)", profiles);
        batch("insert into trainer_accreditation (trainer_id, course_slug, level, accredited_by, institution_id, accredited_on, expires_on, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", accreditations);
    }

    private void insertEvents(long[] users, long[] trainerIds, long[] institutions, Instant now) {
        List<Object[]> events = new ArrayList<>();
        for (int e = 0; e < EVENTS; e++) {
            Instant start = now.minus(random.nextInt(700), ChronoUnit.DAYS);
            events.add(new Object[] {institutions[e % INSTITUTIONS], "Bench event " + e, "intro-cybercrime-e-evidence", Timestamp.from(start),
                    Timestamp.from(start.plus(6, ChronoUnit.HOURS)), trainerIds[0], Timestamp.from(now)});
        }
        batch("insert into training_event (institution_id, title, course_slug, format, starts_at, ends_at, time_zone, capacity, registration, "
                + "language, created_by, created_at) values (?, ?, ?, 'CLASSROOM', ?, ?, 'UTC', 40, 'OPEN', 'en', ?, ?)", events);
        long[] eventIds = ids("select id from training_event where created_by = ? and title like 'Bench event %' order by id", trainerIds[0]);
        List<Object[]> eventTrainers = new ArrayList<>();
        for (int e = 0; e < EVENTS; e++) {
            // each event delivered by a trainer of its institution
            int trainer = (random.nextInt(TRAINERS / INSTITUTIONS)) * INSTITUTIONS + e % INSTITUTIONS;
            eventTrainers.add(new Object[] {eventIds[e], trainerIds[trainer]});
        }
        batch("insert into event_trainer (event_id, user_id) values (?, ?)", eventTrainers);
        List<Object[]> registrations = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (registrations.size() < REGISTRATIONS) {
            int event = random.nextInt(EVENTS);
            long user = users[random.nextInt(LEARNERS - TRAINERS)];
            if (seen.add((long) event * 1_000_000L + user)) {
                registrations.add(new Object[] {eventIds[event], user, Timestamp.from(now), random.nextInt(10) < 8});
            }
        }
        batch("insert into event_registration (event_id, user_id, status, registered_at, attended) values (?, ?, 'REGISTERED', ?, ?)",
                registrations);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        jdbc.execute("analyze table " + sql.split("\\s+")[2]);
    }

    private static void time(String label, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        long[] runs = new long[10];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            query.get();
            runs[i] = System.nanoTime() - t;
        }
        Arrays.sort(runs);
        System.out.printf("%-41s | %7.1f | %7.1f%n", label, runs[runs.length / 2] / 1e6, runs[runs.length - 1] / 1e6);
    }
}
