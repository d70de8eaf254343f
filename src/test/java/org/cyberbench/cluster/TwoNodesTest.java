package org.cyberbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cyberbench.Application;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.GlossaryQuery;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.glossary.TermType;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.scenario.RunBroadcaster;
import org.cyberbench.scenario.RunSettings;
import org.cyberbench.scenario.RunStatus;
import org.cyberbench.scenario.RunViews;
import org.cyberbench.scenario.ScenarioEngineTest;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.scenario.ScenarioRuns;
import org.cyberbench.shared.cluster.ClusterRelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application nodes against one MariaDB, joined by their embedded Hazelcast members: this test's
 * application is node 1, a second one is started beside it. A trainer's change on node 1 reaches a
 * screen open on node 2; a glossary edit on node 1 is found by node 2's own search index; a node that
 * stops mid-run loses nothing, as the other node shows.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static ConfigurableApplicationContext node2;
    private static SecurityContextHolderStrategy node1Security;
    private static SecurityContextHolderStrategy node2Security;

    @Autowired
    ScenarioRuns runs;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    GlossaryService glossary;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ClusterRelay relay;

    @BeforeAll
    static void startSecondNode(@Autowired DataSource dataSource) {
        HikariDataSource database = (HikariDataSource) dataSource;
        // Each application installs its own holder of the signed-in user (Vaadin's) in a static place;
        // in one JVM the second would hide the first, so each node's is kept and used for calls to it.
        node1Security = SecurityContextHolder.getContextHolderStrategy();
        // as command-line arguments, which win over the test profile's settings
        node2 = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--cyberbench.data-dir=target/test-data-node2",
                "--cyberbench.cluster.port=5802",
                "--cyberbench.cluster.members=127.0.0.1:5801,127.0.0.1:5802");
        node2Security = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(node1Security);
    }

    @AfterAll
    static void stopSecondNode() {
        if (node2 != null && node2.isActive()) {
            node2.close();
        }
        if (node1Security != null) {
            SecurityContextHolder.setContextHolderStrategy(node1Security);
        }
    }

    @Test
    @Order(1)
    void aTrainersNextPhaseOnNodeOneReachesAScreenOpenOnNodeTwo() {
        assertThat(relay.clustered()).isTrue();
        UserAccount trainer = testUsers.create("Nora Node", Role.TRAINER);
        RunViews.Run run = testUsers.as(trainer, () -> runs.create(scenario(trainer), new RunSettings(true, false, 1)));
        String police = runs.join(run.code(), "Paul Police");

        // a participant's phone is connected to node 2: its screen listens there
        // (what the screen shows each time node 2 hands it the run's state)
        List<RunStatus> seen = new CopyOnWriteArrayList<>();
        ScenarioRuns runsOnNode2 = node2.getBean(ScenarioRuns.class);
        long policeId = runsOnNode2.participant(police).me().id();
        Runnable unregister = node2.getBean(RunBroadcaster.class).register(run.id(),
                snapshot -> seen.add(snapshot.participant(policeId).orElseThrow().run().status()));
        try {
            assertThat(runsOnNode2.participant(police).run().status()).isEqualTo(RunStatus.WAITING);
            testUsers.as(trainer, () -> runs.nextPhase(run.id()));

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(seen).as("node 2's screen was told").contains(RunStatus.RUNNING));
        } finally {
            unregister.run();
        }
    }

    @Test
    @Order(2)
    void aGlossaryEditOnNodeOneIsFoundByNodeTwosSearch() {
        UserAccount editor = testUsers.create("Elsa Editor", Role.CONTENT_EDITOR);
        String word = "zorblat" + counter.incrementAndGet() + "node";
        GlossaryService glossaryOnNode2 = node2.getBean(GlossaryService.class);
        assertThat(onNode2(editor, () -> glossaryOnNode2.search(GlossaryQuery.of(word)))).isEmpty();

        Concept concept = testUsers.as(editor, () -> glossary.find("proc-subscriber-information")).orElseThrow();
        List<Term> terms = new ArrayList<>(concept.terms());
        terms.add(new Term("en", word + " record", TermType.VARIANT, TermStatus.ADMITTED, null));
        testUsers.as(editor, () -> glossary.save(new Concept(concept.id(), concept.version(), concept.key(), concept.subjectField(),
                concept.legalReferences(), concept.related(), concept.definitions(), concept.sources(), terms)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(onNode2(editor,
                () -> glossaryOnNode2.search(GlossaryQuery.of(word)))).first().extracting(h -> h.concept().key())
                .isEqualTo("proc-subscriber-information"));
    }

    @Test
    @Order(3)
    void aNodeThatStopsMidRunLosesNothingTheOtherNodeShowsTheRunAsItWas() {
        UserAccount trainer = testUsers.create("Tim Trainer", Role.TRAINER);
        ScenarioRuns runsOnNode2 = node2.getBean(ScenarioRuns.class);
        long version = scenario(trainer);
        RunViews.Run run = onNode2(trainer, () -> runsOnNode2.create(version, new RunSettings(true, false, 1)));
        String police = runsOnNode2.join(run.code(), "Pia Police");
        RunViews.Console console = onNode2(trainer, () -> runsOnNode2.console(run.id()));
        long team = console.teams().getFirst().id();
        long member = console.unassigned().getFirst().id();
        onNode2(trainer, () -> {
            runsOnNode2.assign(run.id(), member, team, "police");
            runsOnNode2.nextPhase(run.id());
            return null;
        });
        runsOnNode2.decide(police, "preserve", "b", null);

        node2.close();

        RunViews.Console reopened = testUsers.as(trainer, () -> runs.console(run.id()));
        assertThat(reopened.run().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(reopened.run().phase()).isZero();
        assertThat(reopened.teams().getFirst().choices()).hasSize(1);
        assertThat(runs.participant(police).openDecisions()).isEmpty();
        testUsers.as(trainer, () -> runs.nextPhase(run.id()));
        assertThat(runs.participant(police).run().phase()).isEqualTo(1);
    }

    /** Calls node 2 as this user (what a request to node 2 signed in as them would do). */
    private <T> T onNode2(UserAccount user, Supplier<T> work) {
        SecurityContextHolder.setContextHolderStrategy(node2Security);
        try {
            return testUsers.as(user, work);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(node1Security);
        }
    }

    private long scenario(UserAccount trainer) {
        String slug = "cluster-case-" + counter.incrementAndGet();
        SystemAuthentication.runAsSystem(() -> library.importScenarios(Map.of(
                "scenarios/" + slug + "/scenario.yaml", ScenarioEngineTest.SCENARIO.replace("slug: test-case", "slug: " + slug),
                "scenarios/" + slug + "/01-alert.yaml", ScenarioEngineTest.PHASE_1,
                "scenarios/" + slug + "/02-court.yaml", ScenarioEngineTest.PHASE_2)));
        return testUsers.as(trainer, () -> library.current()).stream().filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow().versionId();
    }
}
