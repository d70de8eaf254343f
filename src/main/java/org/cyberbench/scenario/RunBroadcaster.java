package org.cyberbench.scenario;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings the open screens of a run (console, participants) up to date once a change is committed.
 * The run's state is read once per change, off the committing thread (the trainer's click returns at
 * once), and handed to every screen, which builds its own view from it in memory; Vaadin pushes each
 * screen's difference to its browser. Changes that arrive while a read is pending share that read.
 */
@Component
public class RunBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(RunBroadcaster.class);

    private final Map<Long, Set<Consumer<RunSnapshot>>> listeners = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScenarioRuns runs;
    private final Timer push;
    /** Reads and fans out: one thread per core, since the work is the CPU's (building components, diffs). */
    private final ExecutorService workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("run-push-", 0).daemon().factory());

    RunBroadcaster(ScenarioRuns runs, MeterRegistry registry) {
        this.runs = runs;
        this.push = Timer.builder("cyberbench.scenario.push")
                .description("From a committed change of a run to every open screen of it updated").register(registry);
        Gauge.builder("cyberbench.scenario.screens", listeners, all -> all.values().stream().mapToInt(Set::size).sum())
                .description("Open screens of classroom runs on this node").register(registry);
    }

    /**
     * Registers a screen; it receives the run's state after each change, on a worker thread (so it
     * must use {@code UI.access}). Call the returned handle to remove it (on detach).
     */
    public Runnable register(long runId, Consumer<RunSnapshot> screen) {
        listeners.computeIfAbsent(runId, id -> new CopyOnWriteArraySet<>()).add(screen);
        return () -> listeners.getOrDefault(runId, Set.of()).remove(screen);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(RunChanged event) {
        long runId = event.runId();
        if (listeners.getOrDefault(runId, Set.of()).isEmpty() || !pending.add(runId)) {
            return; // nobody watches, or a read not yet started will see this change too
        }
        long committed = System.nanoTime();
        workers.execute(() -> {
            pending.remove(runId);
            try {
                RunSnapshot snapshot = runs.snapshot(runId);
                List<CompletableFuture<Void>> screens = listeners.getOrDefault(runId, Set.of()).stream()
                        .map(screen -> CompletableFuture.runAsync(() -> screen.accept(snapshot), workers)
                                .exceptionally(failure -> {
                                    log.warn("A screen of run {} could not be brought up to date", runId, failure);
                                    return null;
                                })).toList();
                CompletableFuture.allOf(screens.toArray(CompletableFuture[]::new))
                        .thenRun(() -> push.record(System.nanoTime() - committed, java.util.concurrent.TimeUnit.NANOSECONDS));
            } catch (RuntimeException e) {
                log.warn("Could not bring the screens of run {} up to date", runId, e);
            }
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
