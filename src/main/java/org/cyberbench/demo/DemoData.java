package org.cyberbench.demo;

import java.util.EnumSet;
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

    DemoData(UserService users, InstitutionService institutions) {
        this.users = users;
        this.institutions = institutions;
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
        user("learner@demo.cyberbench.org", "Lena Judge", Profession.JUDGE, "FR", "fr", EnumSet.of(Role.LEARNER), school);
        user("trainer@demo.cyberbench.org", "Tomas Trainer", Profession.PROSECUTOR, "BE", "en",
                EnumSet.of(Role.TRAINER, Role.LEARNER), academy);
        user("institution@demo.cyberbench.org", "Ines Institution", Profession.COURT_STAFF, "FR", "fr",
                EnumSet.of(Role.INSTITUTION_ADMIN, Role.LEARNER), school);
        user("editor@demo.cyberbench.org", "Edgar Editor", Profession.OTHER, "FR", "en",
                EnumSet.of(Role.CONTENT_EDITOR, Role.LEARNER), null);
        log.info("Demo data loaded: users *@demo.cyberbench.org with password '{}'", PASSWORD);
    }

    private void user(String email, String name, Profession profession, String country, String language, Set<Role> roles,
            Institution institution) {
        users.create(new RegistrationRequest(name, email, PASSWORD, profession, country, language), roles);
        if (institution != null) {
            institutions.addMember(institution.id(), email);
        }
    }
}
