package org.silta.engine.matching;

import java.util.List;

/** The partners suggested to one profile, best first. */
public record Recommendation(String profile, List<Partner> partners) {

    public Recommendation {
        partners = List.copyOf(partners);
    }

    /** A suggested partner, its score in [0, 1] and why it was suggested. */
    public record Partner(String profile, double score, List<Reason> because) {

        public Partner {
            because = List.copyOf(because);
        }
    }

    /** A need of one profile that an offer of the other meets, and the concepts they share. */
    public record Reason(String need, String offer, List<String> concepts) {

        public Reason {
            concepts = List.copyOf(concepts);
        }
    }
}
