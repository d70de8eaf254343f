package org.cyberbench.trainers.ui;

import org.cyberbench.shared.i18n.Languages;
import org.cyberbench.shared.ui.Fact;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.trainers.Accreditation;
import org.cyberbench.trainers.AccreditationStatus;
import org.cyberbench.trainers.PathwayRules;
import org.cyberbench.trainers.TrainerLevel;
import org.cyberbench.trainers.TrainerService;
import org.cyberbench.trainers.TrainerService.CourseProgress;
import org.cyberbench.trainers.TrainerService.TrainerDetail;

/**
 * One person's trainer record: profile, progress on the pathway per course, observations and
 * accreditations; master trainers record observations and accredit here.
 */
@Route("trainers/:userId")
@PermitAll
class TrainerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainerService trainers;
    private final CourseCatalog catalog;
    private final ScenarioLibrary scenarios;
    private long userId;
    private String title = "";

    /** The one clock (UTC), so that "today" does not depend on the server's time zone. */
    private final java.time.Clock clock;

    TrainerView(TrainerService trainers, CourseCatalog catalog, ScenarioLibrary scenarios, java.time.Clock clock) {
        this.clock = clock;
        this.trainers = trainers;
        this.catalog = catalog;
        this.scenarios = scenarios;
        addClassName("trainer-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        userId = event.getRouteParameters().getLong("userId").orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        TrainerDetail detail = trainers.detail(userId);
        Map<String, String> courses = catalog.titles(getLocale());
        title = detail.trainer().name();
        removeAll();
        Span level = new Span(getTranslation(detail.trainer().level().labelKey()));
        level.addClassNames("tag", "tag-level");
        level.setId("trainer-level");
        add(new H1(detail.trainer().name()), level);
        add(profile(detail, courses));

        add(new H2(getTranslation("pathway.progress")));
        if (detail.progress().isEmpty()) {
            add(new Paragraph(getTranslation("pathway.noCourse")));
        }
        for (CourseProgress progress : detail.progress()) {
            add(progressCard(detail, progress, courses));
        }
        if (detail.canObserve()) {
            add(observationForm(detail, courses));
        }
        add(new H2(getTranslation("trainer.observations")));
        if (detail.observations().isEmpty()) {
            add(new Paragraph(getTranslation("trainer.noObservations")));
        }
        UnorderedList observed = new UnorderedList();
        observed.setId("trainer-observations");
        detail.observations().forEach(o -> observed.add(new ListItem(new Span(o.deliveredOn() + " · "
                + courses.getOrDefault(o.courseSlug(), o.courseSlug()) + " · " + getTranslation("trainer.rating", o.rating()) + " · "
                + o.observerName()), new Paragraph(o.feedback()))));
        add(observed);
        add(new H2(getTranslation("trainer.accreditations")));
        if (detail.trainer().accreditations().isEmpty()) {
            add(new Paragraph(getTranslation("trainer.noAccreditations")));
        }
        for (Accreditation a : detail.trainer().accreditations()) {
            Div row = new Div(new Span(courses.getOrDefault(a.courseSlug(), a.courseSlug()) + " · " + getTranslation(a.level().labelKey())
                    + " · " + getTranslation(a.status().labelKey()) + " · " + getTranslation("trainer.accreditedBy", a.accreditedByName(),
                    a.accreditedOn().toString(), a.expiresOn().toString())));
            row.addClassName("form-actions");
            if (detail.canAccreditMaster() && !a.revoked()) {
                Button revoke = new Button(getTranslation("trainer.revoke"), e -> {
                    trainers.revoke(a.id());
                    render();
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                row.add(revoke);
            }
            add(row);
        }
    }

    private Div profile(TrainerDetail detail, Map<String, String> courses) {
        Div box = new Div();
        box.addClassName("facts");
        if (!detail.canEdit()) {
            box.add(new Fact(getTranslation("trainers.languages"), String.join(", ", detail.trainer().languages())));
            box.add(new Fact(getTranslation("trainer.specialisms"), String.join(", ", detail.trainer().specialisms().stream()
                    .map(s -> specialismLabel(s, courses)).toList())));
            return box;
        }
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(getTranslation("trainers.languages"));
        languages.setItems(Languages.TRAINING);
        languages.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        languages.setValue(detail.trainer().languages());
        languages.setId("trainer-languages");
        Map<String, String> options = new LinkedHashMap<>();
        courses.forEach((slug, name) -> options.put("course:" + slug, name));
        scenarios.titles(getLocale()).forEach((slug, name) -> options.put("scenario:" + slug, getTranslation("trainer.scenario", name)));
        MultiSelectComboBox<String> specialisms = new MultiSelectComboBox<>(getTranslation("trainer.specialisms"));
        specialisms.setItems(options.keySet());
        specialisms.setItemLabelGenerator(key -> options.getOrDefault(key, key));
        specialisms.setValue(detail.trainer().specialisms());
        specialisms.setId("trainer-specialisms");
        specialisms.setWidth("min(100%, 30rem)");
        Button save = new Button(getTranslation("form.save"), e -> {
            trainers.updateProfile(userId, detail.trainer().profileVersion(), List.copyOf(languages.getValue()),
                    List.copyOf(specialisms.getValue()));
            Notification.show(getTranslation("trainer.saved"));
            render();
        });
        save.setId("trainer-save");
        Div row = new Div(languages, specialisms, save);
        row.addClassName("form-actions");
        row.getStyle().set("align-items", "flex-end");
        return row;
    }

    private String specialismLabel(String key, Map<String, String> courses) {
        return key.startsWith("course:") ? courses.getOrDefault(key.substring(7), key) : key.substring(key.indexOf(':') + 1);
    }

    private Div progressCard(TrainerDetail detail, CourseProgress progress, Map<String, String> courses) {
        Div card = new Div(new H3(courses.getOrDefault(progress.courseSlug(), progress.courseSlug())));
        card.addClassNames("card", "pathway-card");
        card.getElement().setAttribute("data-course", progress.courseSlug());
        progress.current().ifPresent(a -> card.add(new Paragraph(getTranslation(a.level().labelKey()) + " · "
                + getTranslation(a.status().labelKey()) + " · " + getTranslation("trainer.until", a.expiresOn().toString()))));
        UnorderedList steps = new UnorderedList();
        for (PathwayRules.StepStatus step : progress.steps()) {
            ListItem item = new ListItem((step.done() ? "✓ " : "○ ") + getTranslation(step.step().labelKey(), step.have(), step.need(),
                    courses.getOrDefault(progress.pathway().trainTheTrainerCourse(), progress.pathway().trainTheTrainerCourse()),
                    progress.pathway().minimumRating()));
            item.addClassName(step.done() ? "step-done" : "step-open");
            steps.add(item);
        }
        card.add(steps);
        Div actions = new Div();
        actions.addClassName("form-actions");
        if (detail.canAccredit()) {
            boolean renewal = progress.current().isPresent();
            Button accredit = new Button(getTranslation(renewal ? "trainer.renew" : "trainer.accredit"), e -> {
                trainers.accredit(userId, progress.courseSlug(), renewal ? progress.current().get().level() : TrainerLevel.TRAINER);
                Notification.show(getTranslation("trainer.accredited"));
                render();
            });
            accredit.setId("accredit-" + progress.courseSlug());
            accredit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accredit.setEnabled(progress.mayBeAccredited());
            accredit.setDisableOnClick(true);
            actions.add(accredit);
            if (!progress.mayBeAccredited()) {
                Span why = new Span(getTranslation("trainer.stepsMissing"));
                why.addClassName("meta");
                actions.add(why);
            }
        }
        boolean validTrainer = progress.current().filter(a -> a.level() == TrainerLevel.TRAINER
                && a.status() != AccreditationStatus.EXPIRED).isPresent();
        if (detail.canAccreditMaster() && validTrainer) {
            Button master = new Button(getTranslation("trainer.makeMaster"), e -> {
                trainers.accredit(userId, progress.courseSlug(), TrainerLevel.MASTER_TRAINER);
                render();
            });
            master.setId("master-" + progress.courseSlug());
            master.setDisableOnClick(true);
            actions.add(master);
        }
        card.add(actions);
        return card;
    }

    private Div observationForm(TrainerDetail detail, Map<String, String> courses) {
        Select<String> course = new Select<>();
        course.setLabel(getTranslation("pathway.course"));
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(slug -> courses.getOrDefault(slug, slug));
        course.setId("observation-course");
        course.setWidth("min(100%, 30rem)");
        detail.progress().stream().findFirst().ifPresent(p -> course.setValue(p.courseSlug()));
        DatePicker date = new DatePicker(getTranslation("observation.date"), LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        date.setLocale(getLocale());
        date.setId("observation-date");
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("observation.rating"));
        rating.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        rating.setId("observation-rating");
        TextArea feedback = new TextArea(getTranslation("observation.feedback"));
        feedback.setHelperText(getTranslation("observation.feedbackHelp"));
        feedback.setMinLength(20);
        feedback.setMaxLength(4000);
        feedback.setWidthFull();
        feedback.setId("observation-feedback");
        Button save = new Button(getTranslation("observation.save"), e -> {
            if (course.getValue() == null || rating.getValue() == null || date.getValue() == null || feedback.getValue().strip().length() < 20) {
                Notification.show(getTranslation("observation.incomplete"));
                e.getSource().setEnabled(true);
                return;
            }
            trainers.recordObservation(userId, course.getValue(), null, date.getValue(), rating.getValue(), feedback.getValue());
            Notification.show(getTranslation("observation.saved"));
            render();
        });
        save.setId("observation-save");
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(course, date);
        row.addClassName("form-actions");
        Div box = new Div(new H2(getTranslation("observation.title")), new Paragraph(getTranslation("observation.intro")), row, rating,
                feedback, save);
        box.addClassNames("card");
        box.setId("observation-form");
        return box;
    }


    @Override
    public String getPageTitle() {
        return title;
    }
}
