package org.cyberbench.tracking.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Profession;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.shared.i18n.Countries;
import org.cyberbench.tracking.InstitutionDashboard;
import org.cyberbench.tracking.internal.Charts;
import org.cyberbench.trainers.AccreditationStatus;
import org.cyberbench.trainers.TrainerLevel;
import org.cyberbench.trainers.AccreditationFigures;

/**
 * The institution's certification tracking: certificates by course and status, trainer
 * accreditations, people trained over time, events and attendance, and what expires soon; charts
 * where a picture reads faster, and every table as CSV.
 */
@Route("tracking")
@RolesAllowed({Role.Names.INSTITUTION_ADMIN, Role.Names.ADMIN})
@Menu(order = 52, title = "nav.tracking", icon = "vaadin:chart")
class InstitutionDashboardView extends VerticalLayout implements HasDynamicTitle {

    /** Certificate statuses as the reporting query names them, with their column titles. */
    private static final Map<String, String> CERTIFICATE_STATUSES = new LinkedHashMap<>();

    static {
        CERTIFICATE_STATUSES.put("VALID", "tracking.status.valid");
        CERTIFICATE_STATUSES.put("EXPIRING", "tracking.status.expiring");
        CERTIFICATE_STATUSES.put("EXPIRED", "tracking.status.expired");
        CERTIFICATE_STATUSES.put("REVOKED", "tracking.status.revoked");
    }

    private final InstitutionDashboard dashboards;
    private final CourseCatalog catalog;
    private final Div content = new Div();

    InstitutionDashboardView(InstitutionDashboard dashboards, CourseCatalog catalog, InstitutionService institutions, UserService users,
            CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.catalog = catalog;
        content.setWidthFull();
        add(new H1(getTranslation("tracking.title")));
        Long mine = users.me().institutionId();
        if (currentUser.hasRole(Role.ADMIN)) {
            ComboBox<Institution> pick = new ComboBox<>(getTranslation("trainers.institution"));
            List<Institution> all = institutions.search("");
            pick.setItems(all);
            pick.setItemLabelGenerator(Institution::name);
            pick.setId("tracking-institution");
            pick.addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().id()));
            add(pick);
            all.stream().filter(i -> mine != null && i.id() == mine).findFirst().ifPresent(pick::setValue);
        } else {
            show(mine);
        }
        add(content);
    }

    private void show(Long institutionId) {
        content.removeAll();
        if (institutionId == null) {
            content.add(new Paragraph(getTranslation("institutions.none")));
            return;
        }
        InstitutionDashboard.Dashboard d = dashboards.dashboard(institutionId);
        Map<String, String> courses = catalog.titles(getLocale());
        content.add(new Paragraph(d.institution().name() + " · " + Countries.name(d.institution().country(), getLocale())));

        // certificates by course and status
        Map<String, Map<String, Long>> byCourse = new TreeMap<>();
        d.certificates().forEach(c -> byCourse.computeIfAbsent(c.courseSlug(), k -> new LinkedHashMap<>()).merge(c.status(), c.count(), Long::sum));
        List<Charts.Point> certificatePoints = new ArrayList<>();
        List<List<String>> certificateRows = new ArrayList<>();
        byCourse.forEach((course, counts) -> {
            String title = courses.getOrDefault(course, course);
            List<String> row = new ArrayList<>(List.of(title));
            long total = 0;
            for (Map.Entry<String, String> status : CERTIFICATE_STATUSES.entrySet()) {
                long n = counts.getOrDefault(status.getKey(), 0L);
                total += n;
                row.add(String.valueOf(n));
                certificatePoints.add(new Charts.Point(getTranslation(status.getValue()), title, n));
            }
            row.add(String.valueOf(total));
            certificateRows.add(row);
        });
        Div certificates = new TableSection("certificates", getTranslation("tracking.certificates"), List.of(getTranslation("event.course"),
                getTranslation("tracking.status.valid"), getTranslation("tracking.status.expiring"), getTranslation("tracking.status.expired"),
                getTranslation("tracking.status.revoked"), getTranslation("tracking.total")), certificateRows, getTranslation("tracking.noCertificates"));
        if (!certificatePoints.isEmpty()) {
            certificates.addComponentAtIndex(1, chart("chart-certificates", Charts.stackedBars(certificatePoints,
                    getTranslation("tracking.certificatesAxis"), 760, 80 + 60 * byCourse.size(), true)));
        }

        // people trained by month and profession
        Map<String, Map<String, Long>> byMonth = new TreeMap<>();
        d.trained().forEach(t -> byMonth.computeIfAbsent(t.month(), k -> new TreeMap<>()).merge(t.profession(), t.people(), Long::sum));
        List<Charts.Point> trainedPoints = new ArrayList<>();
        byMonth.forEach((month, counts) -> counts.forEach((profession, n) -> trainedPoints.add(new Charts.Point(
                getTranslation(Profession.valueOf(profession).labelKey()), month, n))));
        List<List<String>> trainedRows = d.trained().stream().map(t -> List.of(t.month(), getTranslation(Profession.valueOf(t.profession()).labelKey()),
                Countries.name(t.country(), getLocale()), String.valueOf(t.people()))).toList();
        Div trained = new TableSection("trained", getTranslation("tracking.trained"), List.of(getTranslation("tracking.month"),
                getTranslation("tracking.profession"), getTranslation("profile.country"), getTranslation("tracking.people")), trainedRows,
                getTranslation("tracking.noTrained"));
        if (!trainedPoints.isEmpty()) {
            trained.addComponentAtIndex(1, chart("chart-trained", Charts.stackedBars(trainedPoints, getTranslation("tracking.people"), 760, 320,
                    false)));
        }

        // trainers and accreditations
        List<List<String>> accreditationRows = new ArrayList<>();
        for (TrainerLevel level : List.of(TrainerLevel.TRAINER, TrainerLevel.MASTER_TRAINER)) {
            List<String> row = new ArrayList<>(List.of(getTranslation(level.labelKey())));
            for (AccreditationStatus status : AccreditationStatus.values()) {
                row.add(String.valueOf(d.accreditations().stream().filter(a -> a.level() == level && a.status() == status)
                        .mapToLong(AccreditationFigures.AccreditationCount::count).sum()));
            }
            accreditationRows.add(row);
        }
        List<String> accreditationHeaders = new ArrayList<>(List.of(getTranslation("trainers.level")));
        for (AccreditationStatus status : AccreditationStatus.values()) {
            accreditationHeaders.add(getTranslation(status.labelKey()));
        }
        Div accreditations = new TableSection("accreditations", getTranslation("tracking.accreditations"), accreditationHeaders,
                accreditationRows, "");
        List<List<String>> trainerRows = d.trainers().stream().map(t -> List.of(t.name(), getTranslation(t.level().labelKey()),
                t.accreditations().stream().filter(a -> !a.revoked()).map(a -> courses.getOrDefault(a.courseSlug(), a.courseSlug()) + " · "
                        + getTranslation(a.status().labelKey()) + " · " + a.expiresOn()).collect(Collectors.joining("; ")))).toList();
        Div trainerTable = new TableSection("trainers", getTranslation("tracking.trainers"), List.of(getTranslation("trainers.name"),
                getTranslation("trainers.level"), getTranslation("trainers.accreditations")), trainerRows, getTranslation("trainers.none"));
        Anchor cascade = new Anchor("cascade", getTranslation("tracking.cascade", d.cascade().institutionReach()));
        cascade.setId("tracking-cascade");
        trainerTable.add(new Paragraph(cascade));

        // events and attendance
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<List<String>> eventRows = d.events().stream().map(e -> List.of(day.format(e.startsAt().atZone(ZoneId.of("UTC"))), e.title(),
                e.cancelled() ? getTranslation("event.cancelled") : "", String.valueOf(e.registered()), String.valueOf(e.waitlisted()),
                String.valueOf(e.present()))).toList();
        Div eventTable = new TableSection("events", getTranslation("tracking.events"), List.of(getTranslation("tracking.date"),
                getTranslation("event.title"), getTranslation("tracking.state"), getTranslation("event.status.REGISTERED"),
                getTranslation("event.status.WAITLISTED"), getTranslation("attendance.present")), eventRows, getTranslation("tracking.noEvents"));

        // expiring soon
        List<List<String>> expiringRows = new ArrayList<>();
        for (CertificateService.Expiring c : d.expiringCertificates()) {
            expiringRows.add(List.of(getTranslation("tracking.kind.certificate"), c.holderName(), courses.getOrDefault(c.courseSlug(), c.courseSlug()),
                    day.format(c.expiresAt().atZone(ZoneId.of("UTC")))));
        }
        d.expiringAccreditations().forEach(a -> expiringRows.add(List.of(getTranslation("tracking.kind.accreditation"), a.trainerName(),
                courses.getOrDefault(a.courseSlug(), a.courseSlug()), day.format(a.expiresOn()))));
        Div expiring = new TableSection("expiring", getTranslation("tracking.expiring"), List.of(getTranslation("tracking.kind"),
                getTranslation("trainers.name"), getTranslation("event.course"), getTranslation("tracking.expires")), expiringRows,
                getTranslation("tracking.noExpiring"));

        Div grid = new Div(certificates, expiring, trained, trainerTable, accreditations, eventTable);
        grid.addClassName("dashboard-grid");
        content.add(grid);
    }

    private Div chart(String id, String svg) {
        Div box = new Div(new Html("<div class=\"chart-svg\">" + svg + "</div>"));
        box.addClassName("chart");
        box.setId(id);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.title");
    }
}
