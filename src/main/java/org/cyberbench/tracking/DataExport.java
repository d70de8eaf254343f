package org.cyberbench.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.events.TrainingEvent;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;
import org.cyberbench.learning.CertificateService;
import org.cyberbench.scenario.ScenarioDebriefs;
import org.cyberbench.scorm.LearnerProgress;
import org.cyberbench.scorm.ScormPackages;
import org.cyberbench.shared.json.Json;
import org.cyberbench.trainers.AccreditationFigures;
import org.cyberbench.trainers.TrainerService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's own data, as one JSON document (the right of access and to data
 * portability): profile, learning, certificates, events, scenario participations, SCORM packages, trainer record.
 * Only ever the caller's own data; it is assembled through each module's "mine" methods.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DataExport {

    private final UserService users;
    private final LearningService learning;
    private final CertificateService certificates;
    private final CourseCatalog catalog;
    private final TrainingEvents events;
    private final ScenarioDebriefs runs;
    private final TrainerService trainers;
    private final AccreditationFigures accreditations;
    private final ScormPackages packages;
    private final Clock clock;

    DataExport(UserService users, LearningService learning, CertificateService certificates, CourseCatalog catalog, TrainingEvents events,
            ScenarioDebriefs runs, TrainerService trainers, AccreditationFigures accreditations, ScormPackages packages, Clock clock) {
        this.packages = packages;
        this.users = users;
        this.learning = learning;
        this.certificates = certificates;
        this.catalog = catalog;
        this.events = events;
        this.runs = runs;
        this.trainers = trainers;
        this.accreditations = accreditations;
        this.clock = clock;
    }

    public byte[] myData() {
        UserAccount me = users.me();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", me.fullName());
        profile.put("email", me.email());
        profile.put("profession", me.profession());
        profile.put("country", me.country());
        profile.put("institutionId", me.institutionId());
        profile.put("preferredLanguage", me.preferredLanguage());
        profile.put("roles", me.roles());
        profile.put("registeredAt", me.createdAt().toString());
        data.put("profile", profile);

        List<Map<String, Object>> enrolments = new ArrayList<>();
        for (EnrolmentSummary enrolment : learning.myEnrolments()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("course", enrolment.courseSlug());
            e.put("courseVersion", enrolment.courseRevision());
            e.put("percentDone", enrolment.percentDone());
            e.put("lastActivityAt", String.valueOf(enrolment.lastActivityAt()));
            e.put("completedAt", enrolment.completedAt() == null ? null : enrolment.completedAt().toString());
            List<Map<String, Object>> attempts = new ArrayList<>();
            catalog.outline(enrolment.courseVersionId()).modules().forEach(module -> learning.attempts(enrolment.id(), module.id())
                    .forEach(a -> {
                        Map<String, Object> attempt = new LinkedHashMap<>();
                        attempt.put("module", module.slug());
                        attempt.put("scorePercent", a.score());
                        attempt.put("passed", a.passed());
                        attempt.put("submittedAt", String.valueOf(a.submittedAt()));
                        attempts.add(attempt);
                    }));
            e.put("quizAttempts", attempts);
            enrolments.add(e);
        }
        data.put("enrolments", enrolments);

        data.put("certificates", certificates.mine().stream().map(c -> Map.of("code", c.code(), "course", c.courseSlug(),
                "issuedAt", c.issuedAt().toString(), "expiresAt", c.expiresAt().toString(), "status", c.status().name())).toList());

        List<Map<String, Object>> attended = new ArrayList<>();
        for (TrainingEvent event : events.mine()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("event", event.title());
            e.put("startsAt", event.startsAt().toString());
            e.put("registration", event.myStatus() == null ? null : event.myStatus().name());
            e.put("attended", event.iAttended());
            e.put("sharesContactDetails", event.iShareContact());
            attended.add(e);
        }
        data.put("trainingEvents", attended);

        data.put("scenarioRuns", runs.myClosedRuns().stream().map(r -> Map.of("scenario", r.run().scenario().slug(), "team", r.teamName(),
                "role", r.role(), "points", r.score().points(), "maximum", r.score().maximum())).toList());

        List<Map<String, Object>> scorm = new ArrayList<>();
        for (LearnerProgress progress : packages.myRecord()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("package", progress.title());
            p.put("completion", progress.completion().name());
            p.put("success", progress.success().name());
            p.put("scorePercent", progress.scorePercent());
            p.put("attempts", progress.attempts());
            p.put("totalSeconds", progress.totalSeconds());
            p.put("lastActivityAt", progress.lastActivity().toString());
            p.put("completedAt", progress.completedAt() == null ? null : progress.completedAt().toString());
            scorm.add(p);
        }
        data.put("scormPackages", scorm);

        data.put("trainerAccreditations", accreditations.mine().stream().map(a -> Map.of("course", a.courseSlug(), "level", a.level().name(),
                "accreditedBy", a.accreditedByName(), "accreditedOn", a.accreditedOn().toString(), "expiresOn", a.expiresOn().toString(),
                "revoked", a.revoked())).toList());
        data.put("trainerObservations", !trainers.amOnPathway() ? List.of() : trainers.detail(me.id()).observations().stream()
                .map(o -> Map.of("course", o.courseSlug(), "observer", o.observerName(), "deliveredOn", o.deliveredOn().toString(),
                        "rating", o.rating(), "feedback", o.feedback())).toList());
        return Json.writePretty(data).getBytes(StandardCharsets.UTF_8);
    }
}
