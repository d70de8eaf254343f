package org.cyberbench.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cyberbench.events.EventForm;
import org.cyberbench.events.EventFormat;
import org.cyberbench.events.RegistrationMode;
import org.cyberbench.shared.i18n.Languages;

/**
 * Schedules or changes an event. The lists (courses, scenarios, the institution's trainers) come from
 * the view; the service checks the form again before it writes anything.
 */
class EventFormDialog extends Dialog {

    private final TextField title = new TextField();
    private final ComboBox<String> course = new ComboBox<>();
    private final ComboBox<String> scenario = new ComboBox<>();
    private final Select<EventFormat> format = new Select<>();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final ComboBox<String> zone = new ComboBox<>();
    private final TextField place = new TextField();
    private final TextField link = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final Select<RegistrationMode> registration = new Select<>();
    private final Select<String> language = new Select<>();
    private final MultiSelectComboBox<Long> trainers = new MultiSelectComboBox<>();

    EventFormDialog(EventForm existing, Map<String, String> courses, Map<String, String> scenarios, Map<Long, String> trainerNames,
            Consumer<EventForm> save) {
        setHeaderTitle(getTranslation(existing == null ? "event.new" : "event.edit"));
        setWidth("min(100vw, 46rem)");
        title.setLabel(getTranslation("event.title"));
        title.setId("event-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        course.setLabel(getTranslation("event.course"));
        course.setId("event-course");
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(slug -> courses.getOrDefault(slug, slug));
        course.setClearButtonVisible(true);
        scenario.setLabel(getTranslation("event.scenario"));
        scenario.setId("event-scenario");
        scenario.setItems(scenarios.keySet());
        scenario.setItemLabelGenerator(slug -> scenarios.getOrDefault(slug, slug));
        scenario.setClearButtonVisible(true);
        format.setLabel(getTranslation("event.format"));
        format.setId("event-format");
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        format.setValue(EventFormat.CLASSROOM);
        start.setLabel(getTranslation("event.start"));
        start.setId("event-start");
        start.setLocale(getLocale());
        end.setLabel(getTranslation("event.end"));
        end.setId("event-end");
        end.setLocale(getLocale());
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && (end.getValue() == null || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusHours(7));
            }
        });
        zone.setLabel(getTranslation("event.timeZone"));
        zone.setId("event-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc") && !z.startsWith("SystemV"))
                .sorted().collect(Collectors.toList()));
        zone.setValue("Europe/Paris");
        place.setLabel(getTranslation("event.place"));
        place.setId("event-place");
        place.setMaxLength(300);
        link.setLabel(getTranslation("event.link"));
        link.setId("event-link");
        link.setMaxLength(500);
        link.setPlaceholder("https://");
        capacity.setLabel(getTranslation("event.capacity"));
        capacity.setId("event-capacity");
        capacity.setMin(1);
        capacity.setMax(1000);
        capacity.setValue(20);
        capacity.setStepButtonsVisible(true);
        registration.setLabel(getTranslation("event.registration"));
        registration.setId("event-registration");
        registration.setItems(RegistrationMode.values());
        registration.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        registration.setValue(RegistrationMode.OPEN);
        language.setLabel(getTranslation("event.language"));
        language.setId("event-language");
        language.setItems(Languages.TRAINING);
        language.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        language.setValue(getLocale().getLanguage().equals("fr") ? "fr" : "en");
        trainers.setLabel(getTranslation("event.trainers"));
        trainers.setId("event-trainers");
        trainers.setItems(trainerNames.keySet());
        trainers.setItemLabelGenerator(id -> trainerNames.getOrDefault(id, "?"));
        if (existing != null) {
            title.setValue(existing.title());
            course.setValue(existing.courseSlug());
            scenario.setValue(existing.scenarioSlug());
            format.setValue(existing.format());
            start.setValue(existing.startsAt());
            end.setValue(existing.endsAt());
            zone.setValue(existing.timeZone());
            place.setValue(existing.place() == null ? "" : existing.place());
            link.setValue(existing.onlineLink() == null ? "" : existing.onlineLink());
            capacity.setValue(existing.capacity());
            registration.setValue(existing.registration());
            language.setValue(existing.language());
            trainers.setValue(existing.trainerIds());
        }
        FormLayout layout = new FormLayout(title, course, scenario, format, start, end, zone, language, place, link, capacity, registration,
                trainers);
        layout.setColspan(title, 2);
        layout.setColspan(trainers, 2);
        add(layout);

        Button ok = new Button(getTranslation("form.save"));
        ok.setId("event-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            if (valid()) {
                save.accept(new EventForm(title.getValue(), course.getValue(), scenario.getValue(), format.getValue(), start.getValue(),
                        end.getValue(), zone.getValue(), place.getValue(), link.getValue().strip(), capacity.getValue(), registration.getValue(),
                        language.getValue(), Set.copyOf(trainers.getValue())));
                close();
            }
        });
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), ok);
    }

    private boolean valid() {
        String required = getTranslation("form.required");
        title.setErrorMessage(required);
        title.setInvalid(title.getValue().isBlank());
        start.setErrorMessage(required);
        start.setInvalid(start.getValue() == null);
        LocalDateTime from = start.getValue();
        end.setErrorMessage(getTranslation("event.error.endBeforeStart"));
        end.setInvalid(end.getValue() == null || from != null && !end.getValue().isAfter(from));
        zone.setErrorMessage(required);
        zone.setInvalid(zone.getValue() == null);
        capacity.setErrorMessage(getTranslation("event.error.capacity"));
        capacity.setInvalid(capacity.getValue() == null || capacity.getValue() < 1 || capacity.getValue() > 1000);
        course.setErrorMessage(getTranslation("event.error.subject"));
        course.setInvalid(course.getValue() == null && scenario.getValue() == null);
        boolean online = format.getValue() != EventFormat.CLASSROOM;
        place.setErrorMessage(getTranslation("event.error.place"));
        place.setInvalid(format.getValue() != EventFormat.ONLINE_LIVE && place.getValue().isBlank());
        link.setErrorMessage(getTranslation("event.error.link"));
        link.setInvalid(online && !link.getValue().strip().matches("https://\\S+") || !online && !link.getValue().isBlank()
                && !link.getValue().strip().matches("https://\\S+"));
        return !title.isInvalid() && !start.isInvalid() && !end.isInvalid() && !zone.isInvalid() && !capacity.isInvalid()
                && !course.isInvalid() && !place.isInvalid() && !link.isInvalid();
    }
}
