package org.cyberbench.events.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cyberbench.events.TrainingEvent;

/** An iCalendar (RFC 5545) file for one event, so that people can put it in their own calendar. */
public final class IcsWriter {

    private IcsWriter() {
    }

    public static byte[] write(TrainingEvent event, String eventUrl, String host) {
        VEvent vevent = new VEvent(event.startsAt().toInstant(), event.endsAt().toInstant(), event.title());
        vevent.add(new Uid("event-" + event.id() + "@" + host));
        String where = event.place() != null ? event.place() : event.onlineLink();
        if (where != null) {
            vevent.add(new Location(where));
        }
        vevent.add(new Url(URI.create(eventUrl)));
        StringBuilder description = new StringBuilder(eventUrl);
        if (event.onlineLink() != null) {
            description.append("\n").append(event.onlineLink());
        }
        vevent.add(new Description(description.toString()));
        if (event.cancelled()) {
            vevent.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cyberbench//Training events//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(vevent);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
