package org.cyberbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cyberbench.TestUsers;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator creates an institution and adds a member; an institution admin sees it. */
class AdministratorBrowserTest extends BrowserTest {

    @Autowired
    TestUsers testUsers;

    @Test
    void anAdministratorCreatesAnInstitutionAndAddsAMember() {
        UserAccount admin = testUsers.create("Alma Admin", Role.ADMIN, Role.LEARNER);
        UserAccount member = testUsers.create("Pavel Prosecutor", Role.LEARNER, Role.INSTITUTION_ADMIN);
        String name = "Judicial Academy " + admin.id();

        signIn(admin.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Alma Admin");
        assertThat(navigationLabels()).containsExactly("Dashboard", "Course catalogue", "Glossary", "My certificates", "My Open Badges", "Training events",
                "My scenarios", "My record", "Classroom scenarios", "Trainers", "LMS course members", "Certification tracking", "Course content",
                "Glossary import and export", "SCORM packages", "Institutions", "Certificates", "Users", "LMS platforms", "Learning records (xAPI)", "Settings");
        screenshot("admin-dashboard");

        open("admin/xapi");
        assertThat(byId("xapi-status").getDomProperty("textContent")).contains("Statements go to")
                .contains("http://127.0.0.1:3927/xapi/statements").contains("Waiting");
        screenshot("xapi-status");

        open("admin/institutions");
        click("institution-new");
        type("institution-name", name);
        choose("institution-country", "Croatia");
        select("institution-type", "Judicial training institution");
        screenshot("institution-form");
        click("institution-save");
        waitForText(name);
        screenshot("institution-listed");

        clickText("a", name);
        waitForText("Members");
        type("member-email", member.email());
        click("member-add");
        waitForText("Pavel Prosecutor");
        screenshot("member-added");

        open("admin/users");
        byId("users-grid");
        type("user-search", "Pavel");
        waitForText(member.email());
        screenshot("users-search");
    }

    @Test
    void anInstitutionAdminSeesTheirInstitutionInTheMenuAndOnTheDashboard() {
        UserAccount admin = testUsers.create("Root Admin", Role.ADMIN);
        UserAccount institutionAdmin = testUsers.create("Iris Institution", Role.INSTITUTION_ADMIN, Role.LEARNER);
        org.cyberbench.institutions.InstitutionService institutions = institutionService;
        String name = "Bar of Ljubljana " + admin.id();
        testUsers.as(admin, () -> {
            var created = institutions.create(new org.cyberbench.institutions.InstitutionForm(name, "SI",
                    org.cyberbench.institutions.InstitutionType.BAR_ASSOCIATION));
            institutions.addMember(created.id(), institutionAdmin.email());
        });

        signIn(institutionAdmin.email(), TestUsers.PASSWORD);
        waitForText("Welcome, Iris Institution");
        assertThat(navigationLabels()).containsExactly("Dashboard", "Course catalogue", "Glossary", "My certificates", "My Open Badges", "Training events",
                "My scenarios", "My record", "Trainers", "My institution", "Certification tracking");
        assertThat(pageText()).contains(name).contains("1 member");
        screenshot("institution-admin-dashboard");

        open("admin/institutions");
        waitForText("No access");
    }

    @Autowired
    org.cyberbench.institutions.InstitutionService institutionService;
}
