package org.cyberbench.scenario.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.cyberbench.course.LessonBody;
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
    private long participantId;
    private Runnable unregister;
    private String title = "";
    private final ScreenPart header = new ScreenPart();
    private final ScreenPart picker = new ScreenPart();
    private final ScreenPart waiting = new ScreenPart();
    private final ScreenPart phase = new ScreenPart();
    private final ScreenPart closed = new ScreenPart();
    private final ScreenPart theCase = new ScreenPart();
    private final ScreenPart narrative = new ScreenPart();
    private final ScreenPart decisions = new ScreenPart();
    private final ScreenPart known = new ScreenPart();
    private final ScreenPart injects = new ScreenPart();

    /** The one clock (UTC), for the phase timer. */
    private final java.time.Clock clock;

    PlayView(ScenarioRuns runs, RunBroadcaster broadcaster, LessonRenderer renderer, java.time.Clock clock) {
        this.clock = clock;
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
        // after a change, the screen is rebuilt from the run's state read once for all screens
        unregister = broadcaster.register(runId, snapshot -> snapshot.participant(participantId)
                .ifPresent(view -> ui.access(() -> render(view))));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
    }

    private void render() {
        render(runs.participant(token));
    }

    private void render(RunViews.Participant view) {
        runId = view.run().id();
        participantId = view.me().id();
        ScenarioDefinition scenario = view.run().scenario();
        String language = scenario.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en";
        title = scenario.title().get(language);
        if (getComponentCount() == 0) {
            add(header, picker, waiting, phase, closed, theCase, narrative, decisions, known, injects);
        }
        String roleTitle = view.role() == null ? null : view.role().title().get(language);
        header.show(java.util.Arrays.asList(language, view.me().name(), roleTitle, view.teamName()), () -> {
            Span who = new Span(view.me().name() + (roleTitle == null ? "" : " · " + roleTitle + " · " + getTranslation("run.team", view.teamName())));
            who.setId("play-who");
            who.addClassName("meta");
            return List.of(new LanguageSwitch(), new H1(title), who);
        });
        picker.show(view.choosableTeams().isEmpty() ? null : List.of(language, view.choosableTeams(), view.me()),
                () -> List.of(rolePicker(view, language)));
        RunStatus status = view.run().status();
        boolean playing = view.role() != null && status != RunStatus.WAITING;
        String waitingKey = status == RunStatus.CLOSED ? "play.closed" : view.role() != null ? "play.ready"
                : view.run().participantsChoose() ? "play.waitingChoose" : "play.waiting";
        waiting.show(playing ? null : List.of(language, waitingKey), () -> {
            Paragraph text = new Paragraph(getTranslation(waitingKey));
            text.setId("play-waiting");
            return List.of(text);
        });
        String phaseText = !playing ? null : getTranslation(status.labelKey()) + " · " + getTranslation("run.phase",
                view.run().phase() + 1, scenario.phases().size(), view.run().currentPhase().title().get(language),
                view.run().currentPhase().minutes()) + PhaseTimer.text(this, view.run(), clock.instant());
        phase.show(phaseText, () -> {
            Paragraph text = new Paragraph(phaseText);
            text.setId("play-phase");
            return List.of(text);
        });
        closed.show(playing && status == RunStatus.CLOSED ? language : null, () -> {
            Paragraph text = new Paragraph(getTranslation("play.closed"));
            text.addClassName("notice");
            return List.of(text);
        });
        theCase.show(playing ? List.of(language, view.role().id()) : null, () -> List.of(
                new Details(getTranslation("play.briefing"), markdown(view.role().briefing().get(language))),
                new Details(getTranslation("play.case"), markdown(scenario.summary().get(language)))));
        narrative.show(playing ? List.of(language, view.run().phase()) : null,
                () -> List.of(markdown(view.run().currentPhase().narrative().get(language))));
        List<String> open = view.openDecisions().stream().map(Decision::id).toList();
        decisions.show(playing ? List.of(language, open, status) : null, () -> {
            Div boxes = new Div();
            boxes.setId("play-decisions");
            view.openDecisions().forEach(decision -> boxes.add(decisionBox(decision, language)));
            if (open.isEmpty() && status == RunStatus.RUNNING) {
                boxes.add(new Paragraph(getTranslation("play.noDecision")));
            }
            return List.of(new H2(getTranslation("play.decisions")), boxes);
        });
        known.show(playing && !view.knownChoices().isEmpty() ? List.of(language, view.knownChoices()) : null, () -> {
            Div box = new Div(new H2(getTranslation("play.teamDecisions")));
            box.setId("play-known");
            for (ScenarioEngine.Choice choice : view.knownChoices()) {
                scenario.decision(choice.decisionId()).ifPresent(d -> box.add(new Paragraph(
                        d.question().get(language) + " → " + d.option(choice.optionId()).map(o -> o.text().get(language)).orElse(""))));
            }
            return List.of(box);
        });
        List<String> seen = view.injects().stream().map(Inject::id).toList();
        injects.show(playing ? List.of(language, seen) : null, () -> {
            Div box = new Div(new H2(getTranslation("play.injects")));
            box.setId("play-injects");
            List<Inject> newestFirst = new java.util.ArrayList<>(view.injects());
            java.util.Collections.reverse(newestFirst);
            for (Inject inject : newestFirst) {
                Div card = new Div(new H3(inject.title().get(language)), markdown(inject.body().get(language)));
                card.addClassNames("card", "inject", "inject-" + inject.kind());
                card.getElement().setAttribute("data-inject", inject.id());
                box.add(card);
            }
            return List.of(box);
        });
    }

    /** Lets a participant take a team and a role, showing who already holds each role in the chosen team. */
    private Div rolePicker(RunViews.Participant view, String language) {
        Select<RunViews.Team> team = new Select<>();
        team.setLabel(getTranslation("play.chooseTeam"));
        team.setItems(view.choosableTeams());
        team.setItemLabelGenerator(t -> getTranslation("run.team", t.name()) + " · " + getTranslation("play.teamSize", t.members().size()));
        team.setId("choose-team");
        team.setWidthFull();
        RadioButtonGroup<String> role = new RadioButtonGroup<>(getTranslation("play.chooseRole"));
        role.addThemeName("vertical");
        role.setId("choose-role");
        List<ScenarioDefinition.RoleDefinition> roles = view.run().scenario().roles();
        role.setItems(roles.stream().map(ScenarioDefinition.RoleDefinition::id).toList());
        Runnable labelRoles = () -> role.setItemLabelGenerator(id -> {
            String name = roles.stream().filter(r -> r.id().equals(id)).findFirst().map(r -> r.title().get(language)).orElse(id);
            List<String> holders = team.getValue() == null ? List.of() : team.getValue().members().stream()
                    .filter(m -> id.equals(m.role()) && m.id() != view.me().id()).map(RunViews.Member::name).toList();
            return holders.isEmpty() ? name : name + " · " + getTranslation("play.roleTakenBy", String.join(", ", holders));
        });
        team.addValueChangeListener(e -> labelRoles.run());
        view.choosableTeams().stream().filter(t -> t.id() == (view.me().teamId() == null ? -1 : view.me().teamId()))
                .findFirst().ifPresentOrElse(team::setValue, () -> team.setValue(view.choosableTeams().getFirst()));
        labelRoles.run();
        role.setValue(view.me().role());
        Button take = new Button(getTranslation("play.takeRole"), e -> {
            if (team.getValue() == null || role.getValue() == null) {
                Notification.show(getTranslation("play.chooseRoleFirst"));
                e.getSource().setEnabled(true);
                return;
            }
            try {
                runs.choose(token, team.getValue().id(), role.getValue());
            } finally {
                e.getSource().setEnabled(true);
                render(); // a refused choice (the run started meanwhile) is explained by the error handler
            }
        });
        take.setId("take-role");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.setDisableOnClick(true);
        Div box = new Div(new H2(getTranslation("play.chooseTitle")), team, role, take);
        box.addClassNames("card", "role-picker");
        return box;
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
                e.getSource().setEnabled(true);
                return;
            }
            ScenarioEngine.Outcome outcome = runs.decide(token, decision.id(), options.getValue(), justification.getValue());
            if (outcome != ScenarioEngine.Outcome.RECORDED && outcome != ScenarioEngine.Outcome.ALREADY_DECIDED) {
                Notification.show(getTranslation(outcome.messageKey()));
                e.getSource().setEnabled(true); // what was chosen and written stays for another try
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

    private LessonBody markdown(String text) {
        return new LessonBody(renderer.toHtml(text, getLocale().getLanguage(), target -> "#"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
