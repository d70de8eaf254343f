package org.cyberbench.scenario.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.cyberbench.course.LessonRenderer;
import org.cyberbench.scenario.RunBroadcaster;
import org.cyberbench.scenario.RunStatus;
import org.cyberbench.scenario.RunViews;
import org.cyberbench.scenario.ScenarioDefinition;
import org.cyberbench.scenario.ScenarioDefinition.Decision;
import org.cyberbench.scenario.ScenarioDefinition.Inject;
import org.cyberbench.scenario.ScenarioEngine;
import org.cyberbench.scenario.ScenarioRuns;
import org.cyberbench.shared.i18n.LanguageSwitch;

/**
 * A participant's screen, made for a phone: their role and briefing, the case, what their role has
 * seen (newest first), the decisions open to them, and what colleagues decided when they would know.
 * Updates arrive by push; the address holds the participant's place, so a reload resumes it.
 */
@Route(value = "play/:token", autoLayout = false)
@AnonymousAllowed
class PlayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioRuns runs;
    private final RunBroadcaster broadcaster;
    private final LessonRenderer renderer;
    private String token;
    private long runId;
    private Runnable unregister;
    private String title = "";

    PlayView(ScenarioRuns runs, RunBroadcaster broadcaster, LessonRenderer renderer) {
        this.runs = runs;
        this.broadcaster = broadcaster;
        this.renderer = renderer;
        addClassName("play");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(runId, () -> ui.access(this::render));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
    }

    private void render() {
        RunViews.Participant view = runs.participant(token);
        runId = view.run().id();
        ScenarioDefinition scenario = view.run().scenario();
        String language = scenario.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en";
        title = scenario.title().get(language);
        removeAll();
        Span who = new Span(view.me().name() + (view.role() == null ? "" : " · " + view.role().title().get(language)
                + " · " + getTranslation("run.team", view.teamName())));
        who.setId("play-who");
        who.addClassName("meta");
        add(new LanguageSwitch(), new H1(title), who);
        if (view.role() == null) {
            Paragraph waiting = new Paragraph(getTranslation(view.run().status() == RunStatus.CLOSED ? "play.closed" : "play.waiting"));
            waiting.setId("play-waiting");
            add(waiting);
            return;
        }
        Paragraph phase = new Paragraph(getTranslation(view.run().status().labelKey()) + " · " + getTranslation("run.phase",
                view.run().phase() + 1, scenario.phases().size(), view.run().currentPhase().title().get(language),
                view.run().currentPhase().minutes()) + PhaseTimer.text(this, view.run()));
        phase.setId("play-phase");
        add(phase);
        if (view.run().status() == RunStatus.CLOSED) {
            Paragraph closed = new Paragraph(getTranslation("play.closed"));
            closed.addClassName("notice");
            add(closed);
        }
        Details briefing = new Details(getTranslation("play.briefing"), markdown(view.role().briefing().get(language)));
        Details summary = new Details(getTranslation("play.case"), markdown(scenario.summary().get(language)));
        add(briefing, summary, markdown(view.run().currentPhase().narrative().get(language)));

        Div decisions = new Div();
        decisions.setId("play-decisions");
        for (Decision decision : view.openDecisions()) {
            decisions.add(decisionBox(decision, language));
        }
        if (view.openDecisions().isEmpty() && view.run().status() == RunStatus.RUNNING) {
            decisions.add(new Paragraph(getTranslation("play.noDecision")));
        }
        add(new H2(getTranslation("play.decisions")), decisions);

        if (!view.knownChoices().isEmpty()) {
            Div known = new Div(new H2(getTranslation("play.teamDecisions")));
            known.setId("play-known");
            for (ScenarioEngine.Choice choice : view.knownChoices()) {
                scenario.decision(choice.decisionId()).ifPresent(d -> known.add(new Paragraph(
                        d.question().get(language) + " → " + d.option(choice.optionId()).map(o -> o.text().get(language)).orElse(""))));
            }
            add(known);
        }
        Div injects = new Div(new H2(getTranslation("play.injects")));
        injects.setId("play-injects");
        List<Inject> newestFirst = new java.util.ArrayList<>(view.injects());
        java.util.Collections.reverse(newestFirst);
        for (Inject inject : newestFirst) {
            Div box = new Div(new H3(inject.title().get(language)), markdown(inject.body().get(language)));
            box.addClassNames("card", "inject", "inject-" + inject.kind());
            box.getElement().setAttribute("data-inject", inject.id());
            injects.add(box);
        }
        add(injects);
    }

    private Div decisionBox(Decision decision, String language) {
        RadioButtonGroup<String> options = new RadioButtonGroup<>();
        options.setItems(decision.options().stream().map(ScenarioDefinition.Option::id).toList());
        options.setItemLabelGenerator(id -> decision.option(id).map(o -> o.text().get(language)).orElse(id));
        options.addThemeName("vertical");
        options.setId("options-" + decision.id());
        TextArea justification = new TextArea(getTranslation(decision.justification() == ScenarioDefinition.Justification.REQUIRED
                ? "play.justificationRequired" : "play.justification"));
        justification.setVisible(decision.justification() != ScenarioDefinition.Justification.NONE);
        justification.setWidthFull();
        Button submit = new Button(getTranslation("play.decide"), e -> {
            if (options.getValue() == null) {
                Notification.show(getTranslation("play.chooseFirst"));
                return;
            }
            ScenarioEngine.Outcome outcome = runs.decide(token, decision.id(), options.getValue(), justification.getValue());
            if (outcome != ScenarioEngine.Outcome.RECORDED && outcome != ScenarioEngine.Outcome.ALREADY_DECIDED) {
                Notification.show(getTranslation(outcome.messageKey()));
            }
            render();
        });
        submit.setId("decide-" + decision.id());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        Div box = new Div(new H3(decision.question().get(language)), options, justification, submit);
        box.addClassNames("card", "decision");
        return box;
    }

    private Html markdown(String text) {
        return new Html("<div class=\"lesson-body\">" + renderer.toHtml(text, getLocale().getLanguage(), target -> "#") + "</div>");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
