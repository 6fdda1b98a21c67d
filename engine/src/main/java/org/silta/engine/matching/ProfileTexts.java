package org.silta.engine.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The offers and needs of all profiles, numbered: offer texts 0..offers-1 and need texts
 * 0..needs-1, each knowing the profile it belongs to.
 */
final class ProfileTexts {

    final List<Profile> profiles;
    final List<String> offers = new ArrayList<>();
    final List<String> needs = new ArrayList<>();
    final int[] offerOwner;
    final int[] needOwner;
    /** Offer texts of profile p are offerStart[p] until offerStart[p + 1]; needs alike. */
    final int[] offerStart;
    final int[] needStart;

    ProfileTexts(List<Profile> profiles) {
        this.profiles = List.copyOf(profiles);
        offerStart = new int[profiles.size() + 1];
        needStart = new int[profiles.size() + 1];
        var offerOwners = new ArrayList<Integer>();
        var needOwners = new ArrayList<Integer>();
        for (int p = 0; p < profiles.size(); p++) {
            offerStart[p] = offers.size();
            needStart[p] = needs.size();
            for (var offer : profiles.get(p).offers()) {
                offers.add(offer);
                offerOwners.add(p);
            }
            for (var need : profiles.get(p).needs()) {
                needs.add(need);
                needOwners.add(p);
            }
        }
        offerStart[profiles.size()] = offers.size();
        needStart[profiles.size()] = needs.size();
        offerOwner = offerOwners.stream().mapToInt(Integer::intValue).toArray();
        needOwner = needOwners.stream().mapToInt(Integer::intValue).toArray();
    }

    int size() {
        return profiles.size();
    }
}
