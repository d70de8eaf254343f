package org.cyberbench.trainers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.trainers.Pathway;
import org.cyberbench.trainers.TrainerAccess;
import org.cyberbench.trainers.TrainerService;
import org.cyberbench.trainers.TrainerService.TrainerSummary;

/**
 * The institution's trainers and candidates with their accreditations; institution admins add
 * candidates and set the pathway per course. A trainer who supervises no one goes to their own record.
 */
@Route("trainers")
@RolesAllowed({Role.Names.INSTITUTION_ADMIN, Role.Names.ADMIN, Role.Names.TRAINER})
@Menu(order = 40, title = "nav.trainers", icon = "vaadin:academy-cap")
class TrainersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainerService trainers;
    private final UserService users;
    private final InstitutionService institutions;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final Div content = new Div();

    private final TrainerAccess access;

    TrainersView(TrainerService trainers, TrainerAccess access, UserService users, InstitutionService institutions, CourseCatalog catalog,
            CurrentUser currentUser) {
        this.access = access;
        this.trainers = trainers;
        this.users = users;
        this.institutions = institutions;
        this.catalog = catalog;
        this.currentUser = currentUser;
        content.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("trainers.title")));
        UserAccount me = users.me();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        boolean institutionAdmin = currentUser.hasRole(Role.INSTITUTION_ADMIN) && me.institutionId() != null;
        if (!admin && !institutionAdmin && !(me.institutionId() != null && access.isMasterTrainer(me.id()))) {
            event.forwardTo("trainers/" + me.id());
            return;
        }
        Anchor cascade = new Anchor("cascade", getTranslation("cascade.title"));
        cascade.setId("trainers-cascade");
        add(new Paragraph(getTranslation("trainers.intro")), cascade);
        if (admin) {
            ComboBox<Institution> pick = new ComboBox<>(getTranslation("trainers.institution"));
            pick.setItems(institutions.search(""));
            pick.setItemLabelGenerator(Institution::name);
            pick.setId("trainers-institution");
            pick.addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().id(), true));
            add(pick);
            if (me.institutionId() != null) {
                institutions.search("").stream().filter(i -> i.id() == me.institutionId()).findFirst().ifPresent(pick::setValue);
            }
        }
        add(content);
        if (!admin) {
            show(me.institutionId(), institutionAdmin);
        }
    }

    private void show(Long institutionId, boolean manage) {
        content.removeAll();
        if (institutionId == null) {
            return;
        }
        Map<String, String> courses = catalog.titles(getLocale());
        List<TrainerSummary> list = trainers.trainers(institutionId);
        Grid<TrainerSummary> grid = new Grid<>();
        grid.setId("trainers-grid");
        grid.addComponentColumn(t -> new Anchor("trainers/" + t.userId(), t.name())).setHeader(getTranslation("trainers.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> getTranslation(t.level().labelKey())).setHeader(getTranslation("trainers.level")).setAutoWidth(true);
        grid.addColumn(t -> t.accreditations().stream().filter(a -> !a.revoked())
                .map(a -> courses.getOrDefault(a.courseSlug(), a.courseSlug()) + " · " + getTranslation(a.status().labelKey())
                        + " · " + a.expiresOn())
                .collect(Collectors.joining("; "))).setHeader(getTranslation("trainers.accreditations")).setFlexGrow(2);
        grid.addColumn(t -> String.join(", ", t.languages())).setHeader(getTranslation("trainers.languages")).setAutoWidth(true);
        grid.setItems(list);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        content.add(grid);
        if (list.isEmpty()) {
            content.add(new Paragraph(getTranslation("trainers.none")));
        }
        if (manage) {
            content.add(addCandidate(institutionId, list), pathwaySettings(institutionId, courses));
        }
    }

    private Div addCandidate(long institutionId, List<TrainerSummary> existing) {
        Set<Long> already = new HashSet<>();
        existing.forEach(t -> already.add(t.userId()));
        ComboBox<UserAccount> member = new ComboBox<>(getTranslation("trainers.addCandidate"));
        member.setItems(users.membersOf(institutionId).stream().filter(u -> !already.contains(u.id())).toList());
        member.setItemLabelGenerator(u -> u.fullName() + " · " + u.email());
        member.setId("candidate-member");
        member.setWidth("min(100%, 28rem)");
        Button add = new Button(getTranslation("trainers.makeCandidate"), e -> {
            if (member.getValue() != null) {
                trainers.addCandidate(institutionId, member.getValue().id());
                Notification.show(getTranslation("trainers.candidateAdded", member.getValue().fullName()));
                show(institutionId, true);
            }
        });
        add.setId("candidate-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(member, add);
        row.addClassName("form-actions");
        row.getStyle().set("align-items", "flex-end").set("margin-top", "var(--lumo-space-m)");
        return row;
    }

    private Details pathwaySettings(long institutionId, Map<String, String> courses) {
        Select<String> course = new Select<>();
        course.setLabel(getTranslation("pathway.course"));
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(slug -> courses.getOrDefault(slug, slug));
        course.setWidth("min(100%, 26rem)");
        Select<String> ttt = new Select<>();
        ttt.setLabel(getTranslation("pathway.tttCourse"));
        ttt.setItems(courses.keySet());
        ttt.setItemLabelGenerator(slug -> courses.getOrDefault(slug, slug));
        ttt.setWidth("min(100%, 26rem)");
        IntegerField observed = number("pathway.observedSessions", 0, 20);
        IntegerField rating = number("pathway.minimumRating", 1, 5);
        IntegerField validity = number("pathway.validityMonths", 1, 120);
        IntegerField renewal = number("pathway.renewalSessions", 0, 50);
        course.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Pathway p = trainers.pathwayFor(institutionId, e.getValue());
                ttt.setValue(courses.containsKey(p.trainTheTrainerCourse()) ? p.trainTheTrainerCourse() : null);
                observed.setValue(p.observedSessions());
                rating.setValue(p.minimumRating());
                validity.setValue(p.validityMonths());
                renewal.setValue(p.renewalSessions());
            }
        });
        Button save = new Button(getTranslation("form.save"), e -> {
            if (course.getValue() == null || ttt.getValue() == null || observed.isInvalid() || rating.isInvalid() || validity.isInvalid()
                    || renewal.isInvalid() || observed.getValue() == null || rating.getValue() == null || validity.getValue() == null
                    || renewal.getValue() == null) {
                Notification.show(getTranslation("pathway.incomplete"));
                return;
            }
            trainers.setPathway(institutionId, new Pathway(course.getValue(), ttt.getValue(), observed.getValue(), rating.getValue(),
                    validity.getValue(), renewal.getValue()));
            Notification.show(getTranslation("pathway.saved"));
        });
        save.setId("pathway-save");
        Div fields = new Div(course, ttt, observed, rating, validity, renewal, save);
        fields.addClassName("form-actions");
        fields.getStyle().set("align-items", "flex-end");
        Details details = new Details(getTranslation("pathway.title"), new Paragraph(getTranslation("pathway.intro")), fields);
        details.setId("pathway-settings");
        return details;
    }

    private IntegerField number(String labelKey, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setWidth("11rem");
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainers.title");
    }
}
