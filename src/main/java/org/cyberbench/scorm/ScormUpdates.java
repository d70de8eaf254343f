package org.cyberbench.scorm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells the screens of this node that a learner's attempt was saved, so the package page shows the
 * new status while the SCO is still open. The commit that changes an attempt arrives on the node
 * that holds the learner's session, which is the node that shows their screen.
 */
@Component
public class ScormUpdates {

    /** An attempt of this learner at this package was saved. */
    public record Saved(long userId, long packageId, boolean finished) {
    }

    private final List<Consumer<Saved>> listeners = new CopyOnWriteArrayList<>();

    /** Listens until the returned registration is removed (when the screen closes). */
    public com.vaadin.flow.shared.Registration listen(Consumer<Saved> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called by the run-time after the commit that saved the attempt. */
    public void saved(Saved saved) {
        listeners.forEach(listener -> listener.accept(saved));
    }
}
