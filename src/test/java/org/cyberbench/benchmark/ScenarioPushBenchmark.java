package org.cyberbench.benchmark;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.scenario.RunSettings;
import org.cyberbench.scenario.RunViews;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.scenario.ScenarioRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Push latency of a live scenario, printed, never asserted (not in the default run):
 * <pre>./mvnw -Pbenchmark verify -Dtest=ScenarioPushBenchmark [-Dbenchmark.participants=30,300]</pre>
 * The trainer's console and N participants' phones are {@link UidlClient}s: real HTTP and WebSocket
 * conversations with the server, as Vaadin's client has them, without N browsers rendering (which
 * measured the browsers more than the server). For every phase of the ransomware scenario, the
 * time from the trainer's click on "next phase" (a UIDL request) until each phone has received the
 * pushed update that shows the new phase. A first run of 30, not printed, warms the server up. Run it with
 * {@code -Pproduction} for Vaadin's production mode.
 */
@IntegrationTest
class ScenarioPushBenchmark {

    @BeforeAll
    static void productionLikeJvm() {
        BenchmarkJvm.requireProductionLike();
    }

    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioRuns runs;
    @Autowired
    TestUsers testUsers;
    @Autowired
    MeterRegistry registry;
    @Autowired
    org.springframework.web.context.WebApplicationContext web;
    @LocalServerPort
    int port;

    @Test
    void printFigures() throws Exception {
        measure(30, false); // a first run warms the server up (compiled code, caches), as a morning's first session does
        for (String size : System.getProperty("benchmark.participants", "30,300").split(",")) {
            measure(Integer.parseInt(size.strip()), true);
        }
    }

    private void measure(int participants, boolean print) throws Exception {
        UserAccount trainer = testUsers.create("Bench Trainer " + participants, Role.TRAINER);
        long versionId = testUsers.as(trainer, () -> library.current()).stream()
                .filter(s -> s.slug().equals("ransomware-hospital")).findFirst().orElseThrow().versionId();
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(versionId, new RunSettings(true, false, 1)));
        int phases = run.scenario().phases().size();
        AtomicReference<String> awaited = new AtomicReference<>("\u0000");
        AtomicReference<CountDownLatch> arrived = new AtomicReference<>(new CountDownLatch(0));
        ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
        long[] clicked = new long[1];
        List<UidlClient> phones = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        UidlClient console = new UidlClient(http, port);
        try {
            long joinStarted = System.nanoTime();
            for (int i = 0; i < participants; i++) {
                UidlClient phone = new UidlClient(http, port);
                phone.open("play/" + runs.join(run.code(), "Participant " + i));
                String[] seen = {""};
                phone.connectPush(message -> {
                    String phase = awaited.get();
                    if (!phase.equals(seen[0]) && message.contains(phase)) {
                        seen[0] = phase;
                        samples.add(System.nanoTime() - clicked[0]);
                        arrived.get().countDown();
                    }
                });
                phones.add(phone);
            }
            long joinMillis = (System.nanoTime() - joinStarted) / 1_000_000;
            // seat everyone, and go on once every phone has been told it is seated
            CountDownLatch seated = new CountDownLatch(participants);
            arrived.set(seated);
            awaited.set("You are in.");
            testUsers.as(trainer, () -> {
                RunViews.Console state = runs.console(run.id());
                long team = state.teams().getFirst().id();
                state.unassigned().forEach(m -> runs.assign(run.id(), m.id(), team, "police"));
            });
            if (!seated.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(seated.getCount() + " phones were never told they are seated");
            }
            console.signIn(trainer.email(), TestUsers.PASSWORD);
            console.open("runs/" + run.id());
            console.connectPush(message -> { }, true);

            Timer server = registry.timer("cyberbench.scenario.push");
            long serverCount = server.count();
            double serverTotal = server.totalTime(TimeUnit.MILLISECONDS);
            List<Long> latencies = new ArrayList<>();
            int missing = 0;
            for (int phase = 1; phase <= phases; phase++) {
                samples.clear();
                CountDownLatch all = new CountDownLatch(participants);
                arrived.set(all);
                awaited.set("Phase " + phase + " of " + phases);
                clicked[0] = System.nanoTime();
                console.click("run-next");
                if (!all.await(60, TimeUnit.SECONDS)) {
                    missing += (int) all.getCount();
                }
                latencies.addAll(samples);
                Thread.sleep(500); // the console's own update, then a pause as in a classroom
            }
            Collections.sort(latencies);
            if (!print) {
                return;
            }
            long serverUpdates = server.count() - serverCount;
            System.out.printf("BENCHMARK live scenario (Vaadin %s mode), %d participants (UIDL/WebSocket clients): joined in %d ms; "
                    + "trainer's click to participant's update over %d updates: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%s; "
                    + "server side (state read once, %d screens built and pushed) mean %.0f ms over %d changes%n",
                    VaadinMode.of(web), participants, joinMillis, latencies.size(), p(latencies, 50), p(latencies, 95), p(latencies, 99),
                    latencies.getLast() / 1e6, missing == 0 ? "" : "; " + missing + " updates NOT received within 60 s",
                    participants + 1, serverUpdates == 0 ? 0 : (server.totalTime(TimeUnit.MILLISECONDS) - serverTotal) / serverUpdates,
                    serverUpdates);
        } finally {
            phones.forEach(UidlClient::close);
            console.close();
            http.shutdownNow(); // closing waits for every WebSocket to end
        }
    }

    private static double p(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
