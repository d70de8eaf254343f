package org.cyberbench.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.cyberbench.identity.Role;
import org.cyberbench.scenario.RunSettings;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.scenario.ScenarioRuns;

/** Trainers pick a scenario and start a run for their classroom; their runs are listed below. */
@Route("scenarios")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
@Menu(order = 30, title = "nav.scenarios", icon = "vaadin:group")
class ScenariosView extends VerticalLayout implements HasDynamicTitle {

    ScenariosView(ScenarioLibrary library, ScenarioRuns runs) {
        String language = getLocale().getLanguage();
        add(new H1(getTranslation("scenarios.title")), new Paragraph(getTranslation("scenarios.intro")));
        Div cards = new Div();
        cards.addClassName("cards");
        for (var scenario : library.current()) {
            var definition = scenario.definition();
            IntegerField teams = new IntegerField(getTranslation("scenarios.teams"));
            teams.setValue(1);
            teams.setMin(1);
            teams.setMax(20);
            teams.setStepButtonsVisible(true);
            teams.setId("teams-" + scenario.slug());
            Checkbox guests = new Checkbox(getTranslation("scenarios.guests"), true);
            guests.setId("guests-" + scenario.slug());
            Checkbox choose = new Checkbox(getTranslation("scenarios.participantsChoose"), false);
            choose.setId("choose-" + scenario.slug());
            Button start = new Button(getTranslation("scenarios.start"), e -> {
                var run = runs.create(scenario.versionId(), new RunSettings(guests.getValue(), choose.getValue(),
                        teams.getValue() == null ? 1 : teams.getValue()));
                getUI().ifPresent(ui -> ui.navigate("runs/" + run.id()));
            });
            start.setId("start-" + scenario.slug());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setDisableOnClick(true);
            Paragraph meta = new Paragraph(getTranslation("scenarios.meta", definition.estimatedMinutes(), definition.phases().size(),
                    definition.roles().stream().map(r -> r.title().get(language)).collect(Collectors.joining(", "))));
            meta.addClassName("meta");
            Div card = new Div(new H2(definition.title().get(language)), meta,
                    new Paragraph(shorten(definition.summary().get(language))), teams, guests, choose, start);
            card.addClassName("card");
            cards.add(card);
        }
        add(cards);
        var mine = runs.myRuns();
        if (!mine.isEmpty()) {
            add(new H2(getTranslation("scenarios.myRuns")));
            mine.forEach(run -> add(new Anchor("runs/" + run.id(), run.scenario().title().get(language) + " · " + run.code()
                    + " · " + getTranslation(run.status().labelKey()))));
        }
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 397) + "…" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenarios.title");
    }
}
