package org.cyberbench.shared.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** For {@link DurableEventsTest}: a module listener that fails when told to, as a crash in the middle would. */
@Component
public class FlakyListener {

    /** A module event only the tests publish. */
    public record Probe(String id) {
    }

    private final AtomicBoolean failNext = new AtomicBoolean();
    private final List<String> handled = new CopyOnWriteArrayList<>();

    // methods, not fields: the bean is a proxy (the listener runs asynchronously, in a transaction)
    public void failNextTime() {
        failNext.set(true);
    }

    public boolean willFail() {
        return failNext.get();
    }

    public List<String> handled() {
        return List.copyOf(handled);
    }

    @ApplicationModuleListener
    void on(Probe probe) {
        if (failNext.getAndSet(false)) {
            throw new IllegalStateException("interrupted on purpose");
        }
        handled.add(probe.id());
    }
}
