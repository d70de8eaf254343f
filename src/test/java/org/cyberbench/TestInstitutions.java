package org.cyberbench;

import org.cyberbench.identity.Role;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.identity.UserService;
import org.cyberbench.institutions.Institution;
import org.cyberbench.institutions.InstitutionForm;
import org.cyberbench.institutions.InstitutionService;
import org.cyberbench.institutions.InstitutionType;
import org.springframework.stereotype.Component;

/** Creates institutions and their members through the real services. */
@Component
public class TestInstitutions {

    private final InstitutionService institutions;
    private final UserService users;
    private final TestUsers testUsers;

    TestInstitutions(InstitutionService institutions, UserService users, TestUsers testUsers) {
        this.institutions = institutions;
        this.users = users;
        this.testUsers = testUsers;
    }

    public Institution create(String name, String country) {
        return SystemAuthentication.runAsSystem(() -> institutions.create(new InstitutionForm(name + " " + System.nanoTime(), country,
                InstitutionType.JUDICIAL_TRAINING_INSTITUTION)));
    }

    public UserAccount member(Institution institution, String name, Role... roles) {
        UserAccount user = testUsers.create(name, roles);
        return SystemAuthentication.runAsSystem(() -> users.addToInstitution(institution.id(), user.email()));
    }
}
