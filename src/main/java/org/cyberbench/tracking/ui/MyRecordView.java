package org.cyberbench.tracking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.scenario.ScenarioDebriefs;
import org.cyberbench.scorm.ScormPackages;
import org.cyberbench.scorm.Success;
import org.cyberbench.tracking.DataExport;
import org.cyberbench.trainers.TrainerService;

/** A person's whole training record in one place, and the download of all their data. */
@Route("my-record")
@PermitAll
@Menu(order = 27, title = "nav.myRecord", icon = "vaadin:folder-open-o")
class MyRecordView extends VerticalLayout implements HasDynamicTitle {

    MyRecordView(CertificateService certificates, TrainingEvents events, ScenarioDebriefs scenarioRuns, TrainerService trainers, UserService users,
            CourseCatalog catalog, ScormPackages packages, DataExport export) {
        Map<String, String> courses = catalog.titles(getLocale());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        add(new H1(getTranslation("record.title")), new Paragraph(getTranslation("record.intro")));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] json = export.myData();
            return new DownloadResponse(new ByteArrayInputStream(json), "cyberbench-my-data.json", "application/json", json.length);
        }), getTranslation("record.download"));
        download.setId("record-download");
        Paragraph help = new Paragraph(getTranslation("record.downloadHelp"));
        help.addClassName("meta");
        add(download, help);

        UnorderedList certificateList = new UnorderedList();
        certificates.mine().forEach(c -> certificateList.add(new ListItem(new Anchor("verify/" + c.code(),
                courses.getOrDefault(c.courseSlug(), c.courseTitle().get(getLocale()))), new Span(" · "
                + getTranslation(c.status().labelKey()) + " · " + day.format(c.expiresAt().atZone(ZoneOffset.UTC))))));
        add(section("record-certificates", "record.certificates", certificateList, certificateList.getChildren().findAny().isEmpty(),
                "record.noCertificates"));

        UnorderedList eventList = new UnorderedList();
        events.mine().forEach(e -> eventList.add(new ListItem(new Anchor("events/" + e.id(), e.title()), new Span(
                " · " + day.format(e.startsAt()) + " · " + (Boolean.TRUE.equals(e.iAttended()) ? getTranslation("record.attended")
                        : e.myStatus() == null ? "" : getTranslation(e.myStatus().labelKey()))))));
        add(section("record-events", "record.events", eventList, eventList.getChildren().findAny().isEmpty(), "record.noEvents"));

        UnorderedList runList = new UnorderedList();
        scenarioRuns.myClosedRuns().forEach(r -> runList.add(new ListItem(r.run().scenario().title().get(getLocale().getLanguage()) + " · "
                + getTranslation("run.team", r.teamName()) + " · " + getTranslation("run.score", r.score().points(), r.score().maximum()))));
        Div runs = section("record-scenarios", "record.scenarios", runList, runList.getChildren().findAny().isEmpty(), "record.noScenarios");
        runs.add(new Anchor("my-scenarios", getTranslation("nav.myScenarios")));
        add(runs);

        UnorderedList packageList = new UnorderedList();
        packages.myRecord().forEach(p -> packageList.add(new ListItem(new Anchor("packages/" + p.packageId(), p.title()), new Span(" · "
                + getTranslation(p.everCompleted() ? "scorm.completion.COMPLETED" : p.completion().labelKey())
                + (p.success() == Success.UNKNOWN ? "" : " · " + getTranslation(p.success().labelKey()))
                + (p.scorePercent() == null ? "" : " · " + getTranslation("scorm.score", p.scorePercent()))
                + (p.everCompleted() ? " · " + day.format(p.completedAt().atZone(ZoneOffset.UTC)) : "")))));
        add(section("record-packages", "record.packages", packageList, packageList.getChildren().findAny().isEmpty(), "record.noPackages"));

        if (trainers.amOnPathway()) {
            Anchor trainer = new Anchor("trainers/" + users.me().id(), getTranslation("record.openTrainer"));
            trainer.setId("record-trainer");
            add(section("record-trainer-section", "record.trainer", trainer, false, "record.trainer"));
        }
    }

    private Div section(String id, String titleKey, Component body, boolean empty, String emptyKey) {
        Div box = new Div(new H2(getTranslation(titleKey)));
        box.addClassNames("card");
        box.setId(id);
        box.setWidthFull();
        box.add(empty ? new Paragraph(getTranslation(emptyKey)) : body);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.title");
    }
}
