package org.silta.app.programmes;

/** The kinds of question an organiser can add to an event's registration form. */
public enum QuestionKind {
    TEXT, CHOICE, MULTI_CHOICE, COUNTRY, YES_NO;

    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
