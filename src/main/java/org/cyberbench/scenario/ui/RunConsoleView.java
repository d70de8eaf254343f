package org.cyberbench.scenario.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.cyberbench.identity.Role;
import org.cyberbench.scenario.RunBroadcaster;
import org.cyberbench.scenario.RunStatus;
import org.cyberbench.scenario.RunViews;
import org.cyberbench.scenario.ScenarioDefinition;
import org.cyberbench.scenario.ScenarioEngine;
import org.cyberbench.scenario.ScenarioDebriefs;
import org.cyberbench.scenario.ScenarioRuns;
import org.cyberbench.scenario.internal.DebriefPdf;
import org.cyberbench.shared.QrCodes;
import org.cyberbench.shared.PublicAddress;

/**
 * The trainer's console: join code and QR for the projector, teams and roles, every team's
 * decisions as they come in (pushed live), phase control, reveals, private notes and the debrief.
 */
@Route("runs/:id")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
class RunConsoleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioRuns runs;
    private final ScenarioDebriefs debriefs;
    private final RunBroadcaster broadcaster;
    private final PublicAddress publicAddress;
    private long runId;
    private Runnable unregister;
    private String title = "";
    private Paragraph status;
    private TextArea notes;
    private RunViews.Run lastRun;

    /** The one clock (UTC), for the phase timer. */
    private final java.time.Clock clock;

    RunConsoleView(ScenarioRuns runs, ScenarioDebriefs debriefs, RunBroadcaster broadcaster,
            PublicAddress publicAddress, java.time.Clock clock) {
        this.clock = clock;
        this.runs = runs;
        this.debriefs = debriefs;
        this.broadcaster = broadcaster;
        this.publicAddress = publicAddress;
        addClassName("console");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        runId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(runId, snapshot -> ui.access(() -> render(snapshot.console())));
        // the phase timer on the projector moves on by itself
        ui.setPollInterval(15_000);
        ui.addPollListener(poll -> {
            if (status != null && lastRun != null) {
                status.setText(statusText(lastRun));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
        event.getUI().setPollInterval(-1);
    }

    private void render() {
        render(runs.console(runId));
    }

    private void render(RunViews.Console console) {
        RunViews.Run run = console.run();
        ScenarioDefinition scenario = run.scenario();
        String language = getLocale().getLanguage();
        title = scenario.title().get(language);
        removeAll();

        String joinUrl = publicAddress.link("/join/" + run.code());
        Span code = new Span(run.code());
        code.setId("join-code");
        code.addClassName("join-code");
        Image qr = new Image(DownloadHandler.fromInputStream(e -> {
            byte[] png = QrCodes.png(joinUrl, 360);
            return new DownloadResponse(new ByteArrayInputStream(png), "join.png", "image/png", png.length);
        }), getTranslation("run.qr"));
        qr.addClassName("join-qr");
        Div join = new Div(new Paragraph(getTranslation("run.joinAt", joinUrl)), code, qr);
        join.addClassName("join-box");

        lastRun = run;
        status = new Paragraph(statusText(run));
        status.setId("run-status");
        Button next = new Button(getTranslation(run.status() == RunStatus.WAITING ? "run.start"
                : run.phase() + 1 < scenario.phases().size() ? "run.next" : "run.finish"), e -> runs.nextPhase(runId));
        next.setId("run-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(run.status() != RunStatus.CLOSED);
        Button pause = new Button(getTranslation(run.status() == RunStatus.PAUSED ? "run.resume" : "run.pause"),
                e -> runs.pause(runId, run.status() != RunStatus.PAUSED));
        pause.setId("run-pause");
        pause.setEnabled(run.status() == RunStatus.RUNNING || run.status() == RunStatus.PAUSED);
        Div controls = new Div(status, next, pause);
        controls.addClassName("form-actions");
        add(new H1(title), join, controls);
        if (run.participantsChoose()) {
            Paragraph choosing = new Paragraph(getTranslation("run.participantsChoose"));
            choosing.addClassName("meta");
            add(choosing);
        }

        if (!console.unassigned().isEmpty()) {
            add(new H2(getTranslation("run.unassigned")));
            console.unassigned().forEach(member -> add(assignment(run, console, member, () -> { })));
        }
        for (RunViews.Team team : console.teams()) {
            add(teamBox(run, console, team, language));
        }
        if (run.status() != RunStatus.WAITING && run.status() != RunStatus.CLOSED) {
            add(new H2(getTranslation("run.reveal")));
            run.currentPhase().injects().forEach(inject -> {
                Button reveal = new Button(getTranslation("run.revealInject", inject.title().get(language)), e -> runs.reveal(runId, inject.id()));
                reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add(reveal);
            });
        }
        if (notes == null) {
            // created once, so that a live update while the trainer types does not lose the text
            notes = new TextArea(getTranslation("run.notes"));
            notes.setId("run-notes");
            notes.setWidth("min(100%, 40rem)");
            notes.setValue(run.notes() == null ? "" : run.notes());
            notes.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            notes.addValueChangeListener(e -> runs.saveNotes(runId, e.getValue()));
        }
        add(notes);
        if (run.status() == RunStatus.CLOSED) {
            add(new H2(getTranslation("run.debrief")));
            UnorderedList points = new UnorderedList();
            scenario.debrief().forEach(point -> points.add(new ListItem(point.text().get(language) + " (" + point.reference() + ")")));
            add(points);
        }
    }

    private String statusText(RunViews.Run run) {
        String phaseText = run.status() == RunStatus.WAITING ? getTranslation("run.waiting")
                : getTranslation("run.phase", run.phase() + 1, run.scenario().phases().size(),
                        run.currentPhase().title().get(getLocale().getLanguage()), run.currentPhase().minutes());
        return getTranslation(run.status().labelKey()) + " · " + phaseText + PhaseTimer.text(this, run, clock.instant());
    }

    private Div assignment(RunViews.Run run, RunViews.Console console, RunViews.Member member, Runnable afterAssign) {
        Select<Long> team = new Select<>();
        team.setItems(console.teams().stream().map(RunViews.Team::id).toList());
        Map<Long, String> names = new java.util.HashMap<>();
        console.teams().forEach(t -> names.put(t.id(), getTranslation("run.team", t.name())));
        team.setItemLabelGenerator(names::get);
        team.setValue(member.teamId() != null ? member.teamId() : console.teams().getFirst().id());
        Select<String> role = new Select<>();
        role.setItems(run.scenario().roles().stream().map(ScenarioDefinition.RoleDefinition::id).toList());
        role.setItemLabelGenerator(id -> run.scenario().roles().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> r.title().get(getLocale().getLanguage())).orElse(id));
        role.setPlaceholder(getTranslation("run.role"));
        role.setValue(member.role());
        role.setId("role-for-" + member.id());
        Button assign = new Button(getTranslation("run.assign"), e -> {
            runs.assign(runId, member.id(), team.getValue(), role.getValue());
            afterAssign.run();
        });
        assign.setId("assign-" + member.id());
        Div row = new Div(new Span(member.name()), team, role, assign);
        row.addClassNames("assign-row");
        row.getElement().setAttribute("data-participant", member.name());
        return row;
    }

    private Div teamBox(RunViews.Run run, RunViews.Console console, RunViews.Team team, String language) {
        Div box = new Div(new H3(getTranslation("run.team", team.name())));
        box.addClassNames("card", "team-box");
        box.setId("team-" + team.name());
        UnorderedList members = new UnorderedList();
        team.members().forEach(m -> {
            ListItem item = new ListItem(m.name() + " · " + roleTitle(run, m.role(), language));
            if (run.status() != RunStatus.CLOSED) {
                Button move = new Button(getTranslation("run.move"), e -> {
                    Dialog dialog = new Dialog(getTranslation("run.moveTitle", m.name()));
                    dialog.add(assignment(run, console, m, dialog::close));
                    dialog.open();
                });
                move.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                move.setId("move-" + m.id());
                item.add(new Span(" "), move);
            }
            members.add(item);
        });
        box.add(members);
        ScenarioEngine.Score score = debriefs.debrief(runId, team.id());
        score.decisions().stream().filter(d -> d.choice().isPresent()).forEach(d -> {
            Paragraph line = new Paragraph(roleTitle(run, d.decision().role(), language) + " — " + d.decision().question().get(language)
                    + " → " + d.chosen().text().get(language) + (d.followedRecommendation() ? " ✓" : ""));
            line.addClassName("decision-line");
            box.add(line);
        });
        Paragraph total = new Paragraph(getTranslation("run.score", score.points(), score.maximum()));
        total.addClassName("meta");
        box.add(total);
        if (run.status() == RunStatus.CLOSED) {
            java.util.Locale locale = getLocale();
            java.time.ZoneId zone = org.cyberbench.shared.ui.BrowserTime.zone();
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = DebriefPdf.render(debriefs.teamDebrief(runId, team.id()), locale, zone);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "debrief-" + run.code() + "-team-" + team.name() + ".pdf",
                        "application/pdf", bytes.length);
            }), getTranslation("run.debriefPdf"));
            pdf.setId("debrief-pdf-" + team.name());
            box.add(pdf);
        }
        return box;
    }

    private static String roleTitle(RunViews.Run run, String role, String language) {
        return run.scenario().roles().stream().filter(r -> r.id().equals(role)).findFirst().map(r -> r.title().get(language))
                .orElse(role == null ? "—" : role);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
