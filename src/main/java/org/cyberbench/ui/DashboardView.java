package org.cyberbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cyberbench.identity.RegistrationSettings;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.shared.i18n.Countries;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.tracking.ExpiryReminders;
import org.cyberbench.trainers.TrainerService;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;

/** The first page after sign-in: one card for each role the user holds. */
@Route("dashboard")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:home")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(UserService users, InstitutionService institutions, RegistrationSettings registration,
            LearningService learning, ExpiryReminders reminders, CourseCatalog catalog, TrainerService trainers) {
        UserAccount me = users.me();
        add(new H1(getTranslation("dashboard.welcome", me.fullName())));
        List<ExpiryReminders.Notice> expiring = reminders.mine();
        if (!expiring.isEmpty()) {
            var courses = catalog.titles(getLocale());
            var day = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(getLocale());
            Div notice = new Div(new H2(getTranslation("dashboard.expiring.title")));
            notice.addClassNames("notice", "notice-warning");
            notice.setId("dashboard-expiring");
            for (ExpiryReminders.Notice n : expiring) {
                notice.add(new Paragraph(getTranslation(n.messageKey(), courses.getOrDefault(n.courseSlug(), n.courseSlug()),
                        day.format(n.expiresOn()))));
            }
            add(notice);
        }
        Div cards = new Div();
        cards.addClassName("cards");
        cards.setId("dashboard-cards");
        if (me.hasRole(Role.LEARNER)) {
            cards.add(card("learner", "dashboard.learner.title", myCourses(learning.myEnrolments())));
        }
        if (me.hasRole(Role.TRAINER)) {
            Div trainer = new Div(new Paragraph(getTranslation("dashboard.trainer.empty")), new Paragraph(new Anchor("events",
                    getTranslation("nav.events"))), new Paragraph(new Anchor("scenarios", getTranslation("nav.scenarios"))));
            cards.add(card("trainer", "dashboard.trainer.title", trainer));
        }
        if (trainers.amOnPathway()) {
            Anchor record = new Anchor("trainers/" + me.id(), getTranslation("record.openTrainer"));
            record.setId("dashboard-trainer-record");
            cards.add(card("pathway", "record.trainer", new Div(new Paragraph(getTranslation("dashboard.pathway.text")), record)));
        }
        if (me.hasRole(Role.INSTITUTION_ADMIN)) {
            cards.add(card("institution", "dashboard.institution.title", institutions.mine()
                    .<Component>map(mine -> new Div(
                            new Paragraph(mine.name() + " · " + Countries.name(mine.country(), getLocale())),
                            new Paragraph(getTranslation("dashboard.institution.members", institutions.countMembers(mine.id()))),
                            new Anchor("institutions/" + mine.id(), getTranslation("dashboard.institution.open"))))
                    .orElseGet(() -> new Paragraph(getTranslation("institutions.none")))));
        }
        if (me.hasRole(Role.CONTENT_EDITOR)) {
            cards.add(card("editor", "dashboard.editor.title", new Paragraph(getTranslation("dashboard.editor.text"))));
        }
        if (me.hasRole(Role.ADMIN)) {
            cards.add(card("admin", "dashboard.admin.title", new Div(
                    new Paragraph(getTranslation("dashboard.admin.users", users.count())),
                    new Paragraph(getTranslation("dashboard.admin.institutions", institutions.count())),
                    new Paragraph(getTranslation(registration.isSelfRegistrationOpen()
                            ? "dashboard.admin.registrationOpen" : "dashboard.admin.registrationClosed")))));
        }
        add(cards);
    }

    private Component myCourses(List<EnrolmentSummary> enrolments) {
        Div list = new Div();
        if (enrolments.isEmpty()) {
            list.add(new Paragraph(getTranslation("dashboard.learner.empty")));
        }
        for (EnrolmentSummary enrolment : enrolments) {
            ProgressBar bar = new ProgressBar(0, 100, enrolment.percentDone());
            Anchor next = new Anchor(enrolment.completed() ? "courses/" + enrolment.courseSlug() : "continue/" + enrolment.id(),
                    getTranslation(enrolment.completed() ? "course.review" : "course.continue"));
            next.setId("continue-" + enrolment.courseSlug());
            Div row = new Div(new Paragraph(enrolment.courseTitle().get(getLocale()) + " · "
                    + getTranslation(enrolment.completed() ? "course.completed" : "course.inProgress", enrolment.percentDone())),
                    bar, next);
            row.addClassName("enrolment");
            list.add(row);
        }
        list.add(new Anchor("catalogue", getTranslation("dashboard.learner.catalogue")));
        return list;
    }

    private Div card(String id, String titleKey, Component body) {
        Div card = new Div(new H2(getTranslation(titleKey)), body);
        card.addClassName("card");
        card.setId("card-" + id);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
