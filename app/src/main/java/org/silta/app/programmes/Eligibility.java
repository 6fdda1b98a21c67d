package org.silta.app.programmes;

import java.util.List;

/**
 * Who may register for an event or session, by the country and type of their organisation
 * (e.g. Finnish companies only: countries [FI], types [PRIVATE_SECTOR]). Empty lists admit everyone.
 */
public record Eligibility(List<String> countries, List<String> types) {

    public Eligibility {
        countries = countries == null ? List.of() : List.copyOf(countries);
        types = types == null ? List.of() : List.copyOf(types);
    }

    public static Eligibility everyone() {
        return new Eligibility(List.of(), List.of());
    }

    public boolean isRestricted() {
        return !countries.isEmpty() || !types.isEmpty();
    }

    public boolean admitsCountry(String country) {
        return countries.isEmpty() || countries.contains(country);
    }

    public boolean admitsType(String type) {
        return types.isEmpty() || types.contains(type);
    }

    public boolean admits(String country, String type) {
        return admitsCountry(country) && admitsType(type);
    }
}
