package org.cyberbench.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.ContentImporter;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.internal.content.ContentReader;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Figures for the online modules, printed, never asserted (not part of the default test run):
 * <pre>./mvnw -Pbenchmark verify -Dtest=LearnerFlowBenchmark</pre>
 * 1. full import of course-content/ (read + validate + write); 2. 100 learners reading lessons with
 * think time, each click a real HTTP round trip through Tomcat, Spring Security and Vaadin
 * ({@link UidlClient}, no browser); 3. the throughput when learners click without pause; 4. the live
 * heap held per open learner session. Run it with {@code -Pproduction} for Vaadin's production mode.
 */
@IntegrationTest
class LearnerFlowBenchmark {

    @BeforeAll
    static void productionLikeJvm() {
        BenchmarkJvm.requireProductionLike();
    }

    /** Time spent in the server on each UIDL request, from the first filter to the last byte written. */
    static final ConcurrentLinkedQueue<Long> SERVER_NANOS = new ConcurrentLinkedQueue<>();

    @TestConfiguration
    static class ServerTiming {
        @Bean
        FilterRegistrationBean<Filter> uidlTiming() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                long start = System.nanoTime();
                chain.doFilter(request, response);
                if ("uidl".equals(request.getParameter("v-r"))) {
                    SERVER_NANOS.add(System.nanoTime() - start);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Autowired
    ContentImporter importer;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    LearningService learning;
    @Autowired
    TestUsers testUsers;
    @Autowired
    org.springframework.web.context.WebApplicationContext web;
    @LocalServerPort
    int port;
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    @Test
    void printFigures() throws Exception {
        importTime();
        readingLearners(100, 15);
        saturation(20, 20);
        heapPerSession(Integer.getInteger("benchmark.sessions", 100));
    }

    private void importTime() {
        ContentFiles real = ContentFiles.fromDirectory(Path.of("course-content"));
        List<Long> read = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            ContentReader.read(real);
            read.add(System.nanoTime() - start);
            ContentFiles renamed = renamed(real, "-bench" + run + "-" + System.nanoTime());
            start = System.nanoTime();
            SystemAuthentication.runAsSystem(() -> importer.importContent(renamed, "benchmark", ContentImporter.Progress.NONE));
            full.add(System.nanoTime() - start);
        }
        System.out.printf("BENCHMARK import of course-content/ (%d files, %d KB): read+validate median %.0f ms; "
                + "full import (read, validate, write 2 new courses) median %.0f ms, runs %s ms%n",
                real.files().size(), real.files().values().stream().mapToInt(String::length).sum() / 1024,
                median(read) / 1e6, median(full) / 1e6, full.stream().map(n -> n / 1_000_000).toList());
    }

    /**
     * Learners reading: each signs in and opens the course's first lesson, then, after a think time of
     * 1 to 3 s, goes to the next lesson as a click on a link does (a UIDL round trip: the server runs the
     * view, reads progress, renders the lesson and answers with the page's changes).
     */
    private void readingLearners(int learners, int navigationsEach) throws Exception {
        List<Learner> all = learners(learners, "Reading");
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        SERVER_NANOS.clear();
        long wall = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Learner learner : all) {
                pool.submit(() -> {
                    java.util.Random think = new java.util.Random(learner.enrolmentId());
                    for (int n = 1; n <= navigationsEach; n++) {
                        Thread.sleep(1_000 + think.nextInt(2_000));
                        long t = System.nanoTime();
                        learner.next(n);
                        latencies.add(System.nanoTime() - t);
                    }
                    return null;
                });
            }
        }
        wall = System.nanoTime() - wall;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCHMARK lesson navigation over HTTP (UIDL, Vaadin %s mode), %d learners reading with 1-3 s think time x %d pages (%d): "
                + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f pages/s over %.0f s%n", VaadinMode.of(web), learners, navigationsEach,
                sorted.size(), percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, percentile(sorted, 99) / 1e6,
                sorted.getLast() / 1e6, sorted.size() / (wall / 1e9), wall / 1e9);
        List<Long> server = new ArrayList<>(SERVER_NANOS);
        Collections.sort(server);
        System.out.printf("BENCHMARK   of which in the server (first filter to response written, %d UIDL requests): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                server.size(), percentile(server, 50) / 1e6, percentile(server, 95) / 1e6, percentile(server, 99) / 1e6);
        all.forEach(Learner::close);
    }

    /** The same clicks without think time from enough learners to keep the server busy: pages per second and per core. */
    private void saturation(int learners, int seconds) throws Exception {
        List<Learner> all = learners(learners, "Busy");
        java.util.concurrent.atomic.AtomicLong pages = new java.util.concurrent.atomic.AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long wall = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Learner learner : all) {
                pool.submit(() -> {
                    for (int n = 1; System.nanoTime() < end; n++) {
                        learner.next(n);
                        pages.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        wall = System.nanoTime() - wall;
        int cores = Runtime.getRuntime().availableProcessors();
        double perSecond = pages.get() / (wall / 1e9);
        System.out.printf("BENCHMARK saturation, %d learners clicking without pause for %d s: %.0f lesson pages/s on %d cores "
                + "= %.0f pages/s per core (the clients run in the same JVM and take their share)%n",
                learners, seconds, perSecond, cores, perSecond / cores);
        all.forEach(Learner::close);
    }

    /** Live heap held per signed-in session showing a lesson (sessions opened over HTTP, no browser). */
    private void heapPerSession(int sessions) throws Exception {
        long before = liveHeap();
        List<Learner> all = learners(sessions, "Heap");
        long after = liveHeap();
        System.out.printf("BENCHMARK heap per open learner session (%d sessions, each on a lesson page, Vaadin %s mode): "
                + "%.0f KB (live heap %d MB before, %d MB after)%n", sessions, VaadinMode.of(web),
                (after - before) / 1024.0 / sessions, before >> 20, after >> 20);
        all.forEach(Learner::close);
    }

    /** A signed-in learner with an HTTP conversation open on the first lesson of the introductory course. */
    private record Learner(UidlClient client, long enrolmentId, List<Long> lessonIds) {
        void next(int n) {
            client.navigate("learn/" + enrolmentId + "/lesson/" + lessonIds.get(n % lessonIds.size()));
        }

        void close() {
            client.close();
        }
    }

    private List<Learner> learners(int count, String name) {
        List<Learner> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserAccount user = testUsers.create(name + " Learner " + i + " " + System.nanoTime(), Role.LEARNER);
            EnrolmentSummary enrolment = testUsers.as(user, () -> learning.enrol("intro-cybercrime-e-evidence"));
            List<Long> lessons = testUsers.as(user, () -> catalog.outline(enrolment.courseVersionId())).allLessons().stream()
                    .map(CourseOutline.LessonOutline::id).toList();
            UidlClient client = new UidlClient(http, port);
            client.signIn(user.email(), TestUsers.PASSWORD);
            client.open("learn/" + enrolment.id() + "/lesson/" + lessons.getFirst());
            all.add(new Learner(client, enrolment.id(), lessons));
        }
        return all;
    }

    /** Heap in use after full collections (an explicit GC is a synchronous full collection with G1). */
    private static long liveHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static ContentFiles renamed(ContentFiles files, String suffix) {
        Map<String, String> renamed = new TreeMap<>();
        files.files().forEach((path, text) -> renamed.put(path, path.endsWith("course.yaml")
                ? text.replaceFirst("(?m)^slug: (\\S+)", "slug: $1" + suffix) : text));
        return new ContentFiles(renamed);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
