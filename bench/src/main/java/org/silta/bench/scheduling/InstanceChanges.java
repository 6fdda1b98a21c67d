package org.silta.bench.scheduling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.silta.engine.scheduling.MeetingInstance;
import org.silta.engine.scheduling.MeetingRequest;
import org.silta.engine.scheduling.Participant;

/**
 * Changes a share of an instance's requests, as happens after a schedule is published: half of
 * the changed ones are cancelled, the other half are new requests between participants who share
 * a slot.
 */
record InstanceChanges(double share) {

    MeetingInstance apply(MeetingInstance instance, SplittableRandom random) {
        int changed = (int) Math.round(share * instance.requests().size());
        var requests = new ArrayList<>(instance.requests());
        for (int i = 0; i < changed / 2; i++) {
            requests.remove(random.nextInt(requests.size()));
        }
        var ids = new HashSet<String>();
        instance.requests().forEach(r -> ids.add(r.id()));
        var people = instance.participants();
        for (int added = 0; added < changed - changed / 2; ) {
            var a = people.get(random.nextInt(people.size()));
            var b = people.get(random.nextInt(people.size()));
            if (a != b && share(a, b)) {
                var id = "N" + String.format("%06d", ++added);
                if (ids.add(id)) {
                    requests.add(new MeetingRequest(id, List.of(a.id(), b.id()), 1 + random.nextInt(2), null));
                }
            }
        }
        return new MeetingInstance(instance.name() + "-changed", instance.slots(), people, requests);
    }

    private static boolean share(Participant a, Participant b) {
        return a.available() == null || b.available() == null
                || a.available().stream().anyMatch(b.available()::contains);
    }
}
