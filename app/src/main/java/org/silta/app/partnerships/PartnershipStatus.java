package org.silta.app.partnerships;

/** A partnership's status, as IATI's ActivityStatus codelist names it (the code is IATI's). */
public enum PartnershipStatus {
    PIPELINE("1"), IMPLEMENTATION("2"), FINALISATION("3"), CLOSED("4"), CANCELLED("5"), SUSPENDED("6");

    private final String iatiCode;

    PartnershipStatus(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    /** Reminders go on while the partnership is being prepared or carried out. */
    public boolean isFollowedUp() {
        return this == PIPELINE || this == IMPLEMENTATION || this == FINALISATION;
    }
}
