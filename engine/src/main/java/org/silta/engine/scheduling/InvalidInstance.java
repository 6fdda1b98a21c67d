package org.silta.engine.scheduling;

/** An instance that breaks the contract: which field of which item, and what is wrong. */
public final class InvalidInstance extends RuntimeException {

    private final String field;
    private final String id;
    private final String problem;

    public InvalidInstance(String field, String id, String problem) {
        super(field + (id == null ? "" : " of " + id) + ": " + problem);
        this.field = field;
        this.id = id;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String id() {
        return id;
    }

    public String problem() {
        return problem;
    }
}
