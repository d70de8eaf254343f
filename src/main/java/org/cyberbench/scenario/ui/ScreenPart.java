package org.cyberbench.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A part of a live screen that is rebuilt only when what it shows has changed: an update of the
 * run then costs the server (and the phone) only the parts that differ, and a decision being
 * written is not wiped by a colleague's news. The key says what the part shows; null shows nothing.
 */
final class ScreenPart extends Div {

    private Object shown = new Object();

    void show(Object key, Supplier<List<? extends Component>> build) {
        if (Objects.equals(key, shown)) {
            return;
        }
        removeAll();
        if (key != null) {
            build.get().forEach(this::add);
        }
        setVisible(key != null);
        shown = key;
    }
}
