package org.cyberbench.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.events.TrainingEvent;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.scenario.ScenarioLibrary;

/**
 * Training events the person may see, as a list of what is coming or as a month calendar.
 * Institution admins schedule new events here.
 */
@Route("events")
@PermitAll
@Menu(order = 22, title = "nav.events", icon = "vaadin:calendar")
class EventsView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingEvents events;
    private final Div content = new Div();
    private YearMonth month = YearMonth.now(ZoneOffset.UTC);

    /** The one clock (UTC), so that "today" does not depend on the server's time zone. */
    private final java.time.Clock clock;

    EventsView(TrainingEvents events, CurrentUser currentUser, UserService users, CourseCatalog courses, ScenarioLibrary scenarios, java.time.Clock clock) {
        this.clock = clock;
        this.events = events;
        add(new H1(getTranslation("events.title")));
        UserAccount me = users.me();
        if (currentUser.hasRole(Role.INSTITUTION_ADMIN) && me.institutionId() != null) {
            Button schedule = new Button(getTranslation("event.new"), VaadinIcon.PLUS.create(), e -> {
                Map<Long, String> trainers = new java.util.LinkedHashMap<>();
                users.membersOf(me.institutionId()).stream().filter(u -> u.hasRole(Role.TRAINER)).forEach(u -> trainers.put(u.id(), u.fullName()));
                new EventFormDialog(null, courses.titles(getLocale()), scenarios.titles(getLocale()), trainers, form -> {
                    TrainingEvent created = events.schedule(me.institutionId(), form);
                    getUI().ifPresent(ui -> ui.navigate("events/" + created.id()));
                }).open();
            });
            schedule.setId("event-schedule");
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(schedule);
        }
        Tab list = new Tab(getTranslation("events.list"));
        Tab calendar = new Tab(getTranslation("events.calendar"));
        calendar.setId("events-calendar-tab");
        Tabs tabs = new Tabs(list, calendar);
        tabs.addSelectedChangeListener(e -> show(e.getSelectedTab() == calendar));
        content.setWidthFull();
        add(tabs, content);
        show(false);
    }

    private void show(boolean calendar) {
        content.removeAll();
        if (calendar) {
            content.add(calendar());
        } else {
            Instant now = clock.instant();
            List<TrainingEvent> upcoming = events.visible(now.minus(1, ChronoUnit.DAYS), now.plus(400, ChronoUnit.DAYS));
            if (upcoming.isEmpty()) {
                content.add(new Paragraph(getTranslation("events.none")));
            }
            Div cards = new Div();
            cards.addClassName("cards");
            upcoming.forEach(event -> cards.add(card(event)));
            content.add(cards);
        }
    }

    private Div card(TrainingEvent event) {
        Anchor title = new Anchor("events/" + event.id(), event.title());
        title.addClassName("event-title");
        Paragraph when = new Paragraph(EventText.when(event, getLocale()));
        when.addClassName("meta");
        Span format = new Span(getTranslation(event.format().labelKey()));
        format.addClassNames("tag", "tag-level");
        Div card = new Div(new H2(title), when, format);
        if (event.place() != null) {
            card.add(new Paragraph(event.place()));
        }
        Paragraph seats = new Paragraph(EventText.seats(this, event));
        seats.addClassName("meta");
        card.add(seats);
        if (event.myStatus() != null) {
            Span mine = new Span(getTranslation(event.myStatus().labelKey()));
            mine.addClassNames("tag", "tag-success");
            card.add(mine);
        }
        card.addClassNames("card", "event-card");
        return card;
    }

    /** A month grid, Monday first, with the events of each day. */
    private Div calendar() {
        LocalDate first = month.atDay(1);
        LocalDate gridStart = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate gridEnd = month.atEndOfMonth().plusDays(7L - month.atEndOfMonth().getDayOfWeek().getValue());
        List<TrainingEvent> inMonth = events.visible(gridStart.atStartOfDay().toInstant(ZoneOffset.UTC),
                gridEnd.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> {
            month = month.minusMonths(1);
            show(true);
        });
        previous.setAriaLabel(getTranslation("events.previousMonth"));
        previous.setId("calendar-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> {
            month = month.plusMonths(1);
            show(true);
        });
        next.setAriaLabel(getTranslation("events.nextMonth"));
        next.setId("calendar-next");
        H2 label = new H2(DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(month));
        label.setId("calendar-month");
        HorizontalLayout header = new HorizontalLayout(previous, label, next);
        header.setAlignItems(Alignment.CENTER);

        Div grid = new Div();
        grid.addClassName("month-grid");
        for (DayOfWeek day : DayOfWeek.values()) {
            Div name = new Div(day.getDisplayName(TextStyle.SHORT, getLocale()));
            name.addClassName("month-day-name");
            grid.add(name);
        }
        for (LocalDate day = gridStart; !day.isAfter(gridEnd); day = day.plusDays(1)) {
            Div cell = new Div(new Span(String.valueOf(day.getDayOfMonth())));
            cell.addClassName("month-day");
            if (!YearMonth.from(day).equals(month)) {
                cell.addClassName("month-day-other");
            }
            LocalDate date = day;
            inMonth.stream().filter(e -> !e.startsAt().toLocalDate().isAfter(date) && !e.endsAt().toLocalDate().isBefore(date))
                    .forEach(e -> {
                        Anchor link = new Anchor("events/" + e.id(), e.title());
                        link.addClassName("month-event");
                        if (e.cancelled()) {
                            link.addClassName("month-event-cancelled");
                        }
                        cell.add(link);
                    });
            grid.add(cell);
        }
        return new Div(header, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.title");
    }
}
