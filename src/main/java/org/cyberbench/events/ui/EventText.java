package org.cyberbench.events.ui;

import com.vaadin.flow.component.Component;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.cyberbench.events.TrainingEvent;

/** How an event's dates read in the reader's language, in the event's own time zone. */
final class EventText {

    private EventText() {
    }

    static String when(TrainingEvent event, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        ZonedDateTime start = event.startsAt();
        ZonedDateTime end = event.endsAt();
        String zone = " (" + start.getZone().getId() + ")";
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return day.format(start) + ", " + time.format(start) + "–" + time.format(end) + zone;
        }
        return day.format(start) + " " + time.format(start) + " – " + day.format(end) + " " + time.format(end) + zone;
    }

    /** "12 seats left", "Full · 3 on the waiting list", or "Cancelled". */
    static String seats(Component c, TrainingEvent event) {
        if (event.cancelled()) {
            return c.getTranslation("event.cancelled");
        }
        String seats = event.seatsLeft() > 0 ? c.getTranslation("event.seatsLeft", event.seatsLeft()) : c.getTranslation("event.full");
        return event.waitlisted() > 0 ? seats + " · " + c.getTranslation("event.waitlisted", event.waitlisted()) : seats;
    }
}
