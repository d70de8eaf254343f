package org.cyberbench.identity;

/** The learner's profession in the criminal-justice chain; catalogue filters and statistics use it. */
public enum Profession {
    JUDGE, PROSECUTOR, POLICE, DEFENCE_LAWYER, COURT_STAFF, OTHER;

    public String labelKey() {
        return "profession." + name();
    }
}
