package org.silta.app.identity;

/**
 * A module that holds data about people. Silta asks every holder when a person downloads what
 * Silta holds about them, and when they erase their account.
 */
public interface PersonalDataHolder {

    /** The name of this holder's section in the person's export, e.g. "registrations". */
    String section();

    /** Everything this holder keeps about the person, as JSON-friendly values. */
    Object export(long personId);

    /** Removes or anonymises the person's data; runs in the erasing transaction, before the account goes. */
    void erase(long personId);
}
