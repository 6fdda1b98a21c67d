package org.silta.app.programmes;

public enum AgendaKind {
    PRESENTATION, PANEL, TRAINING, GROUP_WORK, MATCHMAKING, BREAK, OTHER
}
