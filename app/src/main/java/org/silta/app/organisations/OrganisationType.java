package org.silta.app.organisations;

/** Kinds of organisation, as the IATI OrganisationType codelist names them (the code is IATI's). */
public enum OrganisationType {
    GOVERNMENT("10"),
    LOCAL_GOVERNMENT("11"),
    OTHER_PUBLIC_SECTOR("15"),
    INTERNATIONAL_NGO("21"),
    NATIONAL_NGO("22"),
    REGIONAL_NGO("23"),
    PARTNER_COUNTRY_NGO("24"),
    PUBLIC_PRIVATE_PARTNERSHIP("30"),
    MULTILATERAL("40"),
    FOUNDATION("60"),
    PRIVATE_SECTOR("70"),
    ACADEMIC_TRAINING_RESEARCH("80"),
    OTHER("90");

    private final String iatiCode;

    OrganisationType(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    /** The message key of the type's name. */
    public String messageKey() {
        return "organisation.type." + name();
    }

    public static OrganisationType parse(String value) {
        for (var type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }
}
