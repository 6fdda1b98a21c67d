package org.silta.app.partnerships;

/** A joint offer's way from a consortium's draft to the customer's decision. */
public enum OfferStatus {
    DRAFTING, SUBMITTED, WON, LOST
}
