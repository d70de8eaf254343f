package org.cyberbench.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.cyberbench.events.EventForm;
import org.cyberbench.events.EventFormat;
import org.cyberbench.events.RegistrationMode;
import org.cyberbench.events.TrainingEvent;
import org.cyberbench.events.TrainingEvents;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.trainers.TrainerLevel;
import org.cyberbench.trainers.TrainerService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import java.util.Set;
import org.cyberbench.identity.Profession;
import org.cyberbench.identity.RegistrationRequest;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionForm;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.institutions.InstitutionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads demo users (one per role, all with the password {@value #PASSWORD}) and two institutions,
 * once: if the demo administrator exists already, nothing is loaded again.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "cyberbench-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserService users;
    private final InstitutionService institutions;
    private final TrainerService trainers;
    private final TrainingEvents events;
    private final UserDetailsService userDetails;

    /** The one clock (UTC): the demo's past and coming events are placed around today. */
    private final java.time.Clock clock;

    DemoData(UserService users, InstitutionService institutions, TrainerService trainers, TrainingEvents events,
            UserDetailsService userDetails, java.time.Clock clock) {
        this.clock = clock;
        this.users = users;
        this.institutions = institutions;
        this.trainers = trainers;
        this.events = events;
        this.userDetails = userDetails;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(this::load);
    }

    private void load() {
        if (users.search("admin@demo.cyberbench.org", org.springframework.data.domain.PageRequest.of(0, 1)).hasContent()) {
            return;
        }
        Institution school = institutions.create(new InstitutionForm("National School for the Judiciary (demo)", "FR",
                InstitutionType.JUDICIAL_TRAINING_INSTITUTION));
        Institution academy = institutions.create(new InstitutionForm("Police Academy of the Republic (demo)", "BE",
                InstitutionType.POLICE_ACADEMY));

        user("admin@demo.cyberbench.org", "Ada Admin", Profession.OTHER, "FR", "en", EnumSet.of(Role.ADMIN, Role.LEARNER), null);
        UserAccount lena = user("learner@demo.cyberbench.org", "Lena Judge", Profession.JUDGE, "FR", "fr", EnumSet.of(Role.LEARNER), school);
        UserAccount tomas = user("trainer@demo.cyberbench.org", "Tomas Trainer", Profession.PROSECUTOR, "BE", "en",
                EnumSet.of(Role.TRAINER, Role.LEARNER), academy);
        user("institution@demo.cyberbench.org", "Ines Institution", Profession.COURT_STAFF, "FR", "fr",
                EnumSet.of(Role.INSTITUTION_ADMIN, Role.LEARNER), school);
        user("editor@demo.cyberbench.org", "Edgar Editor", Profession.OTHER, "FR", "en",
                EnumSet.of(Role.CONTENT_EDITOR, Role.LEARNER), null);
        UserAccount sofia = user("trainer2@demo.cyberbench.org", "Sofia Trainer", Profession.JUDGE, "FR", "fr",
                EnumSet.of(Role.TRAINER, Role.LEARNER), school);
        UserAccount carla = user("candidate@demo.cyberbench.org", "Carla Candidate", Profession.PROSECUTOR, "FR", "en",
                EnumSet.of(Role.LEARNER), school);
        List<UserAccount> learners = List.of(
                user("judge2@demo.cyberbench.org", "Hugo Judge", Profession.JUDGE, "FR", "fr", EnumSet.of(Role.LEARNER), school),
                user("prosecutor@demo.cyberbench.org", "Nora Prosecutor", Profession.PROSECUTOR, "FR", "fr", EnumSet.of(Role.LEARNER), school),
                user("defence@demo.cyberbench.org", "Paul Defence", Profession.DEFENCE_LAWYER, "FR", "en", EnumSet.of(Role.LEARNER), school));
        loadTrainingProgramme(school, tomas, lena, sofia, carla, learners);
        log.info("Demo data loaded: users *@demo.cyberbench.org with password '{}'", PASSWORD);
    }

    private UserAccount user(String email, String name, Profession profession, String country, String language, Set<Role> roles,
            Institution institution) {
        UserAccount account = users.create(new RegistrationRequest(name, email, PASSWORD, profession, country, language), roles);
        if (institution != null) {
            institutions.addMember(institution.id(), email);
        }
        return account;
    }

    /**
     * A small trainer programme at the school: a master trainer and a trainer recognised by the
     * administrator, a candidate with one observed session, a past workshop with attendance and two
     * events to come.
     */
    private void loadTrainingProgramme(Institution school, UserAccount tomas, UserAccount lena, UserAccount sofia, UserAccount carla,
            List<UserAccount> learners) {
        String course = "intro-cybercrime-e-evidence";
        as("admin@demo.cyberbench.org", () -> {
            trainers.recognise(tomas.id(), course, TrainerLevel.MASTER_TRAINER, 36);
            trainers.recognise(sofia.id(), course, TrainerLevel.TRAINER, 24);
        });
        as("institution@demo.cyberbench.org", () -> {
            trainers.addCandidate(school.id(), carla.id());
            LocalDateTime pastStart = LocalDate.now(clock).minusWeeks(3).atTime(9, 0);
            TrainingEvent past = events.schedule(school.id(), new EventForm("Electronic evidence for the bench: a one-day workshop", course,
                    null, EventFormat.CLASSROOM, pastStart, pastStart.plusHours(8), "Europe/Paris", "Training centre, room 4", null, 20,
                    RegistrationMode.INVITATION, "fr", Set.of(sofia.id())));
            List<Long> invited = new java.util.ArrayList<>(learners.stream().map(UserAccount::id).toList());
            invited.add(lena.id());
            events.invite(past.id(), invited);
            invited.forEach(id -> events.markAttendance(past.id(), id, !id.equals(learners.get(2).id())));
            LocalDateTime nextStart = LocalDate.now(clock).plusWeeks(3).atTime(9, 30);
            events.schedule(school.id(), new EventForm("Ransomware at the hospital: a classroom scenario", null, "ransomware-hospital",
                    EventFormat.CLASSROOM, nextStart, nextStart.plusHours(3), "Europe/Paris", "Training centre, room 2", null, 16,
                    RegistrationMode.OPEN, "en", Set.of(sofia.id())));
            LocalDateTime onlineStart = LocalDate.now(clock).plusWeeks(6).atTime(14, 0);
            events.schedule(school.id(), new EventForm("Cross-border production orders (online seminar)", course, null,
                    EventFormat.ONLINE_LIVE, onlineStart, onlineStart.plusHours(2), "Europe/Paris", null, "https://meet.example.org/cyberbench",
                    40, RegistrationMode.OPEN, "fr", Set.of(sofia.id())));
        });
        as("trainer@demo.cyberbench.org", () -> trainers.recordObservation(carla.id(), course, null, LocalDate.now(clock).minusWeeks(3), 4,
                "Carla led the preservation exercise with a clear timeline and good questions to the judges; the debrief on Article 16 "
                        + "could go further into what the national law requires."));
    }

    /** Runs demo set-up as one of the demo users, so that records name a real person as their author. */
    private void as(String email, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails details = userDetails.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
