package org.silta.app.partnerships;

/** A document attached to a partnership or an action plan, with IATI's DocumentCategory code for it. */
public enum DocumentKind {
    AGREEMENT("A11"), MOU("A09"), REPORT("A07"), PLAN("A02"), OTHER("A12");

    private final String iatiCategory;

    DocumentKind(String iatiCategory) {
        this.iatiCategory = iatiCategory;
    }

    public String iatiCategory() {
        return iatiCategory;
    }
}
