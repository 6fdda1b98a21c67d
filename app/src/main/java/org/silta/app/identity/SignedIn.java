package org.silta.app.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in person, as the security context holds them. */
public record SignedIn(long id, String email, String name, boolean platformAdmin) {

    static SignedIn of(Person person) {
        return new SignedIn(person.id(), person.email(), person.name(), person.platformAdmin());
    }

    Collection<? extends GrantedAuthority> authorities() {
        return platformAdmin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }
}
