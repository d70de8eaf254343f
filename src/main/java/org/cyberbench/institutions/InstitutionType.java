package org.cyberbench.institutions;

public enum InstitutionType {
    JUDICIAL_TRAINING_INSTITUTION, PROSECUTION_SERVICE, POLICE_ACADEMY, BAR_ASSOCIATION, PILOT_CENTRE, UNIVERSITY,
    PRIVATE_SECTOR_PARTNER, INTERNATIONAL_ORGANISATION;

    public String labelKey() {
        return "institutionType." + name();
    }
}
