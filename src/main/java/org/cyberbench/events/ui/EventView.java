package org.cyberbench.events.ui;

import org.cyberbench.shared.i18n.Languages;
import org.cyberbench.shared.ui.Fact;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.events.EvaluationForm;
import org.cyberbench.events.RegistrationMode;
import org.cyberbench.events.RegistrationStatus;
import org.cyberbench.events.TrainingEvent;
import org.cyberbench.events.EventFeedback;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserService;
import org.cyberbench.scenario.RunSettings;
import org.cyberbench.scenario.ScenarioLibrary;

/**
 * One event: when and where, trainers, seats; registering or joining the waiting list, the calendar
 * file; for the institution, editing and inviting; for trainers, attendance and scenario runs; after
 * the event, the evaluation form and the choice to share one's contact details.
 */
@Route("events/:id")
@PermitAll
class EventView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingEvents events;
    private final EventFeedback feedback;
    private final CurrentUser currentUser;
    private final UserService users;
    private final CourseCatalog courses;
    private final ScenarioLibrary scenarios;
    private long eventId;
    private String title = "";

    /** The one clock (UTC), so that "today" does not depend on the server's time zone. */
    private final java.time.Clock clock;

    EventView(TrainingEvents events, EventFeedback feedback, CurrentUser currentUser, UserService users, CourseCatalog courses, ScenarioLibrary scenarios, java.time.Clock clock) {
        this.clock = clock;
        this.events = events;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.users = users;
        this.courses = courses;
        this.scenarios = scenarios;
        addClassName("event-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        TrainingEvent event = events.get(eventId);
        title = event.title();
        removeAll();
        long me = currentUser.requireId();
        boolean manager = events.canManage(eventId);
        boolean trainer = event.isTrainer(me);
        boolean started = !event.startsAt().toInstant().isAfter(clock.instant());
        boolean ended = !event.endsAt().toInstant().isAfter(clock.instant());

        add(new H1(event.title()));
        if (event.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("event.cancelledNotice"));
            cancelled.addClassNames("notice", "notice-error");
            add(cancelled);
        }
        Div facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(getTranslation("event.when"), EventText.when(event, getLocale())));
        facts.add(new Fact(getTranslation("event.format"), getTranslation(event.format().labelKey())));
        if (event.courseSlug() != null) {
            facts.add(new Fact(getTranslation("event.course"), courses.titles(getLocale()).getOrDefault(event.courseSlug(), event.courseSlug())));
        }
        if (event.scenarioSlug() != null) {
            facts.add(new Fact(getTranslation("event.scenario"), scenarios.titles(getLocale()).getOrDefault(event.scenarioSlug(), event.scenarioSlug())));
        }
        if (event.place() != null) {
            facts.add(new Fact(getTranslation("event.place"), event.place()));
        }
        facts.add(new Fact(getTranslation("event.language"), Languages.name(event.language(), getLocale())));
        facts.add(new Fact(getTranslation("event.trainers"), event.trainers().stream().map(TrainingEvent.Person::name)
                .collect(java.util.stream.Collectors.joining(", "))));
        facts.add(new Fact(getTranslation("event.seats"), EventText.seats(this, event)));
        add(facts);
        if (event.onlineLink() != null && (event.myStatus() == RegistrationStatus.REGISTERED || trainer || manager)) {
            Anchor link = new Anchor(event.onlineLink(), getTranslation("event.joinOnline"), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(link);
        }

        Div actions = new Div();
        actions.addClassName("form-actions");
        if (event.myStatus() != null) {
            Span status = new Span(getTranslation(event.myStatus().labelKey()));
            status.addClassNames("tag", event.myStatus() == RegistrationStatus.WAITLISTED ? "tag-level" : "tag-success");
            status.setId("event-my-status");
            actions.add(status);
        }
        if (!event.cancelled() && !ended) {
            RegistrationStatus mine = event.myStatus();
            boolean canRegister = mine == null && event.registration() == RegistrationMode.OPEN || mine == RegistrationStatus.INVITED
                    || mine == RegistrationStatus.CANCELLED && event.registration() == RegistrationMode.OPEN;
            if (canRegister && !trainer) {
                Button register = new Button(getTranslation(event.seatsLeft() > 0 ? "event.register" : "event.joinWaitingList"), e -> {
                    RegistrationStatus result = events.register(eventId);
                    Notification.show(getTranslation(result.labelKey()));
                    render();
                });
                register.setId("event-register");
                register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                register.setDisableOnClick(true);
                actions.add(register);
            }
            if (mine == RegistrationStatus.REGISTERED || mine == RegistrationStatus.WAITLISTED) {
                Button cancel = new Button(getTranslation("event.cancelRegistration"), e -> {
                    events.cancelRegistration(eventId);
                    render();
                });
                cancel.setId("event-unregister");
                cancel.setDisableOnClick(true);
                actions.add(cancel);
            }
        }
        Anchor ics = new Anchor(DownloadHandler.fromInputStream(d -> {
            byte[] bytes = events.ics(eventId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "event-" + eventId + ".ics", "text/calendar", bytes.length);
        }), getTranslation("event.ics"));
        ics.setId("event-ics");
        actions.add(ics);
        add(actions);

        if (trainer || manager) {
            add(deliverySection(event, started));
        }
        if (manager) {
            add(managementSection(event));
        }
        if (Boolean.TRUE.equals(event.iAttended())) {
            add(afterSection(event));
        }
    }

    private Div deliverySection(TrainingEvent event, boolean started) {
        Div box = new Div(new H2(getTranslation("event.delivery")));
        box.addClassNames("card");
        Anchor attendance = new Anchor("events/" + eventId + "/attendance", getTranslation("event.takeAttendance"));
        attendance.setId("event-attendance");
        box.add(new Paragraph(attendance));
        if (event.scenarioSlug() != null && !event.cancelled() && currentUser.hasRole(Role.TRAINER)) {
            Button run = new Button(getTranslation("event.startRun"), e -> {
                long runId = events.startScenarioRun(eventId, new RunSettings(false, true, 4));
                getUI().ifPresent(ui -> ui.navigate("runs/" + runId));
            });
            run.setId("event-start-run");
            run.setDisableOnClick(true);
            box.add(run);
            events.scenarioRuns(eventId).forEach(runId -> box.add(new Paragraph(new Anchor("runs/" + runId,
                    getTranslation("event.openRun", runId)))));
        }
        EventFeedback.EvaluationSummary summary = feedback.evaluations(eventId);
        if (summary.count() > 0) {
            box.add(new Paragraph(getTranslation("event.evaluationSummary", summary.count(), summary.relevance(), summary.quality(),
                    summary.practical())));
            UnorderedList comments = new UnorderedList();
            summary.comments().forEach(c -> comments.add(new ListItem(c)));
            box.add(comments);
        }
        return box;
    }

    private Div managementSection(TrainingEvent event) {
        Div box = new Div(new H2(getTranslation("event.manage")));
        box.addClassNames("card");
        Button edit = new Button(getTranslation("event.edit"), e -> {
            Map<Long, String> trainers = new LinkedHashMap<>();
            users.membersOf(event.institutionId()).stream().filter(u -> u.hasRole(Role.TRAINER)).forEach(u -> trainers.put(u.id(), u.fullName()));
            new EventFormDialog(events.form(eventId), courses.titles(getLocale()), scenarios.titles(getLocale()), trainers, form -> {
                events.update(eventId, events.get(eventId).version(), form);
                render();
            }).open();
        });
        edit.setId("event-edit");
        MultiSelectComboBox<Long> invitees = new MultiSelectComboBox<>(getTranslation("event.inviteMembers"));
        Map<Long, String> members = new LinkedHashMap<>();
        users.membersOf(event.institutionId()).forEach(u -> members.put(u.id(), u.fullName()));
        invitees.setItems(members.keySet());
        invitees.setItemLabelGenerator(id -> members.getOrDefault(id, "?"));
        invitees.setId("event-invitees");
        invitees.setWidth("min(100%, 30rem)");
        Button invite = new Button(getTranslation("event.invite"), e -> {
            int count = events.invite(eventId, invitees.getValue());
            Notification.show(getTranslation("event.invited", count));
            render();
        });
        invite.setId("event-invite");
        Button cancel = new Button(getTranslation("event.cancel"), e -> {
            Dialog confirm = new Dialog(getTranslation("event.cancel"));
            confirm.add(new Paragraph(getTranslation("event.cancelConfirm")));
            Button yes = new Button(getTranslation("event.cancel"), c -> {
                events.cancel(eventId);
                confirm.close();
                render();
            });
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            yes.setId("event-cancel-confirm");
            confirm.getFooter().add(new Button(getTranslation("event.keep"), c -> confirm.close()), yes);
            confirm.open();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setEnabled(!event.cancelled());
        Div row = new Div(edit, cancel);
        row.addClassName("form-actions");
        Div inviteRow = new Div(invitees, invite);
        inviteRow.addClassName("form-actions");
        inviteRow.getStyle().set("align-items", "flex-end");
        box.add(row, inviteRow);
        return box;
    }

    private Div afterSection(TrainingEvent event) {
        Div box = new Div(new H2(getTranslation("event.after")));
        box.addClassNames("card");
        if (!feedback.haveEvaluated(eventId)) {
            RadioButtonGroup<Integer> relevance = rating("event.evaluation.relevance", "eval-relevance");
            RadioButtonGroup<Integer> quality = rating("event.evaluation.quality", "eval-quality");
            RadioButtonGroup<Integer> practical = rating("event.evaluation.practical", "eval-practical");
            TextArea comment = new TextArea(getTranslation("event.evaluation.comment"));
            comment.setMaxLength(2000);
            comment.setWidthFull();
            Button send = new Button(getTranslation("event.evaluation.send"), e -> {
                if (relevance.getValue() == null || quality.getValue() == null || practical.getValue() == null) {
                    Notification.show(getTranslation("event.evaluation.rateAll"));
                    e.getSource().setEnabled(true);
                    return;
                }
                feedback.evaluate(eventId, new EvaluationForm(relevance.getValue(), quality.getValue(), practical.getValue(), comment.getValue()));
                Notification.show(getTranslation("event.evaluation.thanks"));
                render();
            });
            send.setId("eval-send");
            send.setDisableOnClick(true);
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(new Paragraph(getTranslation("event.evaluation.intro")), relevance, quality, practical, comment, send);
        } else {
            box.add(new Paragraph(getTranslation("event.evaluation.done")));
        }
        Checkbox share = new Checkbox(getTranslation("event.shareContact"), event.iShareContact());
        share.setId("event-share");
        share.addValueChangeListener(e -> {
            feedback.shareMyContact(eventId, e.getValue());
            render();
        });
        box.add(new H2(getTranslation("event.networking")), new Paragraph(getTranslation("event.networkingIntro")), share);
        var contacts = feedback.contacts(eventId);
        if (contacts.isEmpty()) {
            box.add(new Paragraph(getTranslation("event.noContacts")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("event-contacts");
            contacts.forEach(c -> list.add(new ListItem(new Span(c.name() + " · "), new Anchor("mailto:" + c.email(), c.email()))));
            box.add(list);
        }
        return box;
    }

    private static final String[] SCALE = {"event.evaluation.scale1", "event.evaluation.scale2", "event.evaluation.scale3",
        "event.evaluation.scale4", "event.evaluation.scale5"};

    private RadioButtonGroup<Integer> rating(String labelKey, String id) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        group.setItemLabelGenerator(i -> getTranslation(SCALE[i - 1]));
        group.setId(id);
        return group;
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}
