package org.cyberbench.benchmark;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.scenario.RunSettings;
import org.cyberbench.scenario.RunViews;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.scenario.ScenarioRuns;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Push latency of a live scenario, printed, never asserted (not in the default run):
 * <pre>./mvnw verify -Dtest=ScenarioPushBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.participants=30]</pre>
 * N headless browsers join the ransomware scenario; for each of its phase changes, the time from the
 * trainer's "next phase" (the service call the console button makes) to each browser showing the new phase.
 */
@IntegrationTest
class ScenarioPushBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 30);

    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioRuns runs;
    @Autowired
    TestUsers testUsers;
    @LocalServerPort
    int port;

    @Test
    void printFigures() throws Exception {
        UserAccount trainer = testUsers.create("Bench Trainer", Role.TRAINER);
        long versionId = testUsers.as(trainer, () -> library.current()).stream()
                .filter(s -> s.slug().equals("ransomware-hospital")).findFirst().orElseThrow().versionId();
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(true, false, 1)));
        int phases = run.scenario().phases().size();
        List<WebDriver> browsers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARTICIPANTS);
        try {
            long joinStarted = System.nanoTime();
            for (int i = 0; i < PARTICIPANTS; i++) {
                browsers.add(join(run.code(), "Participant " + i));
            }
            long joinMillis = (System.nanoTime() - joinStarted) / 1_000_000;
            testUsers.as(trainer, () -> {
                RunViews.Console console = runs.console(run.id());
                long team = console.teams().getFirst().id();
                console.unassigned().forEach(m -> runs.assign(run.id(), m.id(), team, "police"));
                runs.nextPhase(run.id());
            });
            waitAll(browsers, pool, "Phase 1 of " + phases, new ConcurrentLinkedQueue<>(), System.nanoTime());
            List<Long> latencies = new ArrayList<>();
            for (int phase = 2; phase <= phases; phase++) {
                ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
                long clicked = System.nanoTime();
                testUsers.as(trainer, () -> runs.nextPhase(run.id()));
                waitAll(browsers, pool, "Phase " + phase + " of " + phases, samples, clicked);
                latencies.addAll(samples);
            }
            Collections.sort(latencies);
            System.out.printf("BENCHMARK live scenario: %d participants joined in %d ms; next phase to participant's screen over %d updates: "
                    + "p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", PARTICIPANTS, joinMillis, latencies.size(),
                    p(latencies, 50), p(latencies, 95), latencies.getLast() / 1e6);
        } finally {
            pool.shutdownNow();
            browsers.forEach(WebDriver::quit);
        }
    }

    private void waitAll(List<WebDriver> browsers, ExecutorService pool, String text, ConcurrentLinkedQueue<Long> samples,
            long since) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(browsers.size());
        for (WebDriver browser : browsers) {
            pool.submit(() -> {
                try {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (System.nanoTime() < deadline) {
                        Object found = ((JavascriptExecutor) browser).executeScript(
                                "return document.body.innerText.indexOf(arguments[0]) >= 0;", text);
                        if (Boolean.TRUE.equals(found)) {
                            samples.add(System.nanoTime() - since);
                            return;
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(90, TimeUnit.SECONDS);
    }

    private WebDriver join(String code, String name) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cyberbench.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=en-GB", "--window-size=390,844");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("cyberbench.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build(), options);
        browser.get("http://localhost:" + port + "/join/" + code);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> d.findElement(By.cssSelector("#join-name input"))).sendKeys(name);
        browser.findElement(By.id("join-submit")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("You have joined"));
        return browser;
    }

    private static double p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
