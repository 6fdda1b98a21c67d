package org.silta.bench.scheduling;

import org.silta.engine.scheduling.MeetingInstance;

/** A seeded generator of meeting-schedule instances of one kind. */
interface InstanceFamily {

    String name();

    MeetingInstance generate(long seed);
}
