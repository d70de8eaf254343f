package org.cyberbench.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.ContentImporter;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.course.CourseOutline;
import org.cyberbench.course.LessonRenderer;
import org.cyberbench.course.internal.content.ContentReader;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Figures for the online modules, printed, never asserted (not part of the default test run):
 * <pre>./mvnw verify -Dtest=LearnerFlowBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * 1. full import of course-content/ (read + validate + write), 2. server-side time of a lesson
 * navigation with 100 learners at once, 3. live heap held per open learner session.
 */
@IntegrationTest
class LearnerFlowBenchmark {

    @Autowired
    ContentImporter importer;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    LearningService learning;
    @Autowired
    LessonRenderer renderer;
    @Autowired
    TestUsers testUsers;
    @LocalServerPort
    int port;

    @Test
    void printFigures() throws Exception {
        importTime();
        lessonNavigation(100, 20);
        heapPerSession(Integer.getInteger("benchmark.sessions", 30));
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

    /** The work a lesson page does on the server: ownership, outline, progress, bookmark, text, rendering. */
    private void lessonNavigation(int learners, int navigationsEach) throws Exception {
        List<UserAccount> users = new ArrayList<>();
        List<EnrolmentSummary> enrolments = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            UserAccount user = testUsers.create("Bench Learner " + i, Role.LEARNER);
            users.add(user);
            enrolments.add(testUsers.as(user, () -> learning.enrol("intro-cybercrime-e-evidence")));
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        long wall;
        try (var pool = Executors.newFixedThreadPool(learners)) {
            for (int i = 0; i < learners; i++) {
                UserAccount user = users.get(i);
                EnrolmentSummary enrolment = enrolments.get(i);
                pool.submit(() -> {
                    start.await();
                    testUsers.as(user, () -> {
                        CourseOutline course = catalog.outline(enrolment.courseVersionId());
                        var lessons = course.allLessons();
                        for (int n = 0; n < navigationsEach; n++) {
                            var lesson = lessons.get(n % lessons.size());
                            long t = System.nanoTime();
                            learning.enrolment(enrolment.id());
                            catalog.outline(enrolment.courseVersionId());
                            learning.visitLesson(enrolment.id(), lesson.id());
                            learning.progress(enrolment.id());
                            renderer.toHtml(catalog.lessonBody(lesson.id()).get("en"), "en", target -> "#");
                            latencies.add(System.nanoTime() - t);
                        }
                    });
                    return null;
                });
            }
            wall = System.nanoTime();
            start.countDown();
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            wall = System.nanoTime() - wall;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCHMARK lesson navigation, %d learners at once x %d navigations (%d): p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, throughput %.0f navigations/s%n", learners, navigationsEach, sorted.size(),
                percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, percentile(sorted, 99) / 1e6,
                sorted.size() / (wall / 1e9));
    }

    /** Live heap after GC with N signed-in sessions each showing a lesson, minus before, divided by N. */
    private void heapPerSession(int sessions) throws Exception {
        List<UserAccount> users = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            UserAccount user = testUsers.create("Heap Learner " + i, Role.LEARNER);
            testUsers.as(user, () -> learning.enrol("intro-cybercrime-e-evidence"));
            users.add(user);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cyberbench.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("cyberbench.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build(), options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
            driver.get("http://localhost:" + port + "/login");
            long before = liveHeap();
            for (UserAccount user : users) {
                driver.manage().deleteAllCookies();
                driver.get("http://localhost:" + port + "/login");
                wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(user.email());
                driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(TestUsers.PASSWORD + "\n");
                wait.until(d -> d.getCurrentUrl().contains("dashboard"));
                driver.get("http://localhost:" + port + "/continue/" + testUsers.as(user, () -> learning.myEnrolments()).getFirst().id());
                wait.until(d -> !d.findElements(By.id("lesson-title")).isEmpty());
            }
            long after = liveHeap();
            System.out.printf("BENCHMARK heap per open learner session (%d sessions, each on a lesson page): "
                    + "%.0f KB (live heap %d MB before, %d MB after)%n", sessions, (after - before) / 1024.0 / sessions,
                    before >> 20, after >> 20);
        } finally {
            driver.quit();
        }
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
