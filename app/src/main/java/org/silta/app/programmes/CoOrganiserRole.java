package org.silta.app.programmes;

/** What a co-organising organisation does for a programme, as IATI's OrganisationRole codes name it. */
public enum CoOrganiserRole {
    FUNDING("1"), ACCOUNTABLE("2"), EXTENDING("3"), IMPLEMENTING("4");

    private final String iatiCode;

    CoOrganiserRole(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
