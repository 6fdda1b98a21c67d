package org.silta.app.partnerships;

/** An organisation's role in a partnership, as IATI's OrganisationRole codelist names it (the code is IATI's). */
public enum ParticipatingRole {
    FUNDING("1"), ACCOUNTABLE("2"), EXTENDING("3"), IMPLEMENTING("4");

    private final String iatiCode;

    ParticipatingRole(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
