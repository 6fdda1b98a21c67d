package org.silta.app.organisations;

import java.util.List;
import java.util.Map;
import org.silta.app.identity.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisations a person belongs to, in their data export; memberships go with the account. */
@Component
class MembershipData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    MembershipData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "memberships";
    }

    @Override
    public Object export(long personId) {
        return jdbc.sql("""
                select o.id, o.name -> 'texts' as name, o.country, m.role from membership m
                join organisation o on o.id = m.organisation_id where m.person_id = ? order by o.id""")
                .param(personId)
                .query((rs, row) -> Map.of("organisation", rs.getLong("id"), "name", rs.getString("name"),
                        "country", rs.getString("country"), "role", rs.getString("role")))
                .list();
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("delete from membership where person_id = ?").param(personId).update();
    }
}
