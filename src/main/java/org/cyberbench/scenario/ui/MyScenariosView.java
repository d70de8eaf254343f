package org.cyberbench.scenario.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.cyberbench.scenario.ScenarioDebriefs;
import org.cyberbench.scenario.internal.DebriefPdf;

/** A participant's record of the classroom scenarios they played, each with their team's debrief. */
@Route("my-scenarios")
@PermitAll
@Menu(order = 25, title = "nav.myScenarios", icon = "vaadin:records")
class MyScenariosView extends VerticalLayout implements HasDynamicTitle {

    MyScenariosView(ScenarioDebriefs runs) {
        add(new H1(getTranslation("myScenarios.title")));
        var mine = runs.myClosedRuns();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("myScenarios.none")));
        }
        Locale locale = getLocale();
        java.time.ZoneId zone = org.cyberbench.shared.ui.BrowserTime.zone();
        String language = locale.getLanguage();
        for (var run : mine) {
            String role = run.run().scenario().roles().stream().filter(r -> r.id().equals(run.role())).findFirst()
                    .map(r -> r.title().get(language)).orElse(run.role());
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = DebriefPdf.render(runs.myDebrief(run.run().id()), locale, zone);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "debrief-" + run.run().code() + ".pdf", "application/pdf",
                        bytes.length);
            }), getTranslation("run.debriefPdf"));
            Div card = new Div(new H2(run.run().scenario().title().get(language)),
                    new Paragraph(role + " · " + getTranslation("run.team", run.teamName()) + " · "
                            + getTranslation("run.score", run.score().points(), run.score().maximum())), pdf);
            card.addClassName("card");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myScenarios.title");
    }
}
