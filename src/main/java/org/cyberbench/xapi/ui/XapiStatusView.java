package org.cyberbench.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cyberbench.identity.Role;
import org.cyberbench.shared.ui.Fact;
import org.cyberbench.xapi.XapiOutbox;
import org.cyberbench.xapi.XapiStatus;

/** The administrator sees whether learning records reach the LRS, and sends what waits at once. */
@Route("admin/xapi")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 93, title = "nav.xapi", icon = "vaadin:exchange")
class XapiStatusView extends VerticalLayout implements HasDynamicTitle {

    private final XapiOutbox outbox;
    private final Div facts = new Div();
    private final Paragraph explanation = new Paragraph();

    XapiStatusView(XapiOutbox outbox) {
        this.outbox = outbox;
        facts.addClassName("facts");
        facts.setId("xapi-status");
        explanation.setId("xapi-explanation");
        Button send = new Button(getTranslation("xapi.sendNow"), e -> {
            int stored = outbox.sendNow();
            Notification.show(getTranslation("xapi.sent", stored));
            refresh();
        });
        send.setId("xapi-send-now");
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));
        add(new H1(getTranslation("nav.xapi")), explanation, facts, send);
        refresh();
    }

    private void refresh() {
        XapiStatus status = outbox.status();
        explanation.setText(getTranslation(status.enabled() ? "xapi.enabled" : "xapi.disabled"));
        facts.removeAll();
        facts.add(new Fact(getTranslation("xapi.endpoint"), status.endpoint()),
                new Fact(getTranslation("xapi.queued"), String.valueOf(status.queued())),
                new Fact(getTranslation("xapi.stored"), String.valueOf(status.sent())),
                new Fact(getTranslation("xapi.refused"), String.valueOf(status.refused())),
                new Fact(getTranslation("xapi.lastError"), status.lastError()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.xapi");
    }
}
