package org.cyberbench.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time zone of the person looking at the page, so that a time shown to them is their own and never the
 * server's: the browser's zone, which Vaadin reads when the page starts, or UTC when the browser did not say.
 */
public final class BrowserTime {

    private BrowserTime() {
    }

    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null) {
            return ZoneOffset.UTC;
        }
        String id = details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknown) {
                // fall through to the offset the browser gave
            }
        }
        return ZoneOffset.ofTotalSeconds(details.getTimezoneOffset() / 1000);
    }
}
