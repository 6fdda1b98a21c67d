package org.silta.app.matchmaking;

/** The organiser's rule on who may ask whom for a meeting. */
public enum WhoMeetsWhom {
    ANYONE,
    /** only people from different countries: Finnish companies meet Uzbek bodies, not each other */
    ACROSS_COUNTRIES,
    /** only people from different organisations */
    ACROSS_ORGANISATIONS
}
