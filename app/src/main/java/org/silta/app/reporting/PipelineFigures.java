package org.silta.app.reporting;

/**
 * How far cooperation got after the events: follow-ups planned after meetings, collaboration ideas,
 * joint offers and partnerships. The partnerships module provides it.
 */
public interface PipelineFigures {

    PipelineFigures NONE = new PipelineFigures() {
        @Override
        public Pipeline ofProgramme(long programmeId) {
            return new Pipeline(0, 0, 0, 0);
        }

        @Override
        public Pipeline ofEvent(long eventId) {
            return new Pipeline(0, 0, 0, 0);
        }
    };

    Pipeline ofProgramme(long programmeId);

    /** What traces back to the event: ideas from its boards and meetings, and the offers and partnerships they led to. */
    Pipeline ofEvent(long eventId);

    record Pipeline(int followUps, int ideas, int jointOffers, int partnerships) {
    }
}
