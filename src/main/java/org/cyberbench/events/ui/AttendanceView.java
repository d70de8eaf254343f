package org.cyberbench.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.cyberbench.events.Attendee;
import org.cyberbench.events.TrainingEvent;
import org.cyberbench.events.TrainingEvents;

/**
 * Taking attendance on the day, made for a phone: one line per person with a large "present" and
 * "absent" button, a filter by name and the count so far. Each tap is saved at once.
 */
@Route("events/:id/attendance")
@PermitAll
class AttendanceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingEvents events;
    private final TextField filter = new TextField();
    private final Div list = new Div();
    private final Paragraph count = new Paragraph();
    private long eventId;
    private List<Attendee> attendees = List.of();

    AttendanceView(TrainingEvents events) {
        this.events = events;
        addClassName("attendance");
        filter.setPlaceholder(getTranslation("attendance.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(e -> showList());
        filter.setWidthFull();
        filter.setId("attendance-filter");
        filter.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        count.setId("attendance-count");
        count.addClassName("meta");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        TrainingEvent training = events.get(eventId);
        attendees = events.attendance(eventId);
        removeAll();
        add(new Anchor("events/" + eventId, "← " + training.title()), new H1(getTranslation("attendance.title")),
                new Paragraph(EventText.when(training, getLocale())), count, filter, list);
        showList();
    }

    private void showList() {
        list.removeAll();
        String needle = filter.getValue().strip().toLowerCase(Locale.ROOT);
        long present = attendees.stream().filter(a -> Boolean.TRUE.equals(a.attended())).count();
        count.setText(getTranslation("attendance.count", present, attendees.size()));
        if (attendees.isEmpty()) {
            list.add(new Paragraph(getTranslation("attendance.nobody")));
        }
        attendees.stream().filter(a -> needle.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(needle)).forEach(a -> list.add(row(a)));
    }

    private Div row(Attendee attendee) {
        Span name = new Span(attendee.name());
        name.addClassName("attendance-name");
        Button present = new Button(getTranslation("attendance.present"), e -> mark(attendee, true));
        Button absent = new Button(getTranslation("attendance.absent"), e -> mark(attendee, false));
        present.addThemeVariants(Boolean.TRUE.equals(attendee.attended()) ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_CONTRAST);
        if (Boolean.TRUE.equals(attendee.attended())) {
            present.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (Boolean.FALSE.equals(attendee.attended())) {
            absent.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        }
        present.setId("present-" + attendee.userId());
        absent.setId("absent-" + attendee.userId());
        present.getElement().setAttribute("aria-pressed", String.valueOf(Boolean.TRUE.equals(attendee.attended())));
        absent.getElement().setAttribute("aria-pressed", String.valueOf(Boolean.FALSE.equals(attendee.attended())));
        Div buttons = new Div(present, absent);
        buttons.addClassName("attendance-buttons");
        Div row = new Div(name, buttons);
        row.addClassName("attendance-row");
        row.getElement().setAttribute("data-person", attendee.name());
        return row;
    }

    private void mark(Attendee attendee, boolean present) {
        events.markAttendance(eventId, attendee.userId(), present);
        attendees = events.attendance(eventId);
        showList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.title");
    }
}
