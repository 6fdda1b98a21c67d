package org.silta.app.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Signs people in by email and password, through the login throttle. */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final People people;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final String unknownAccountHash;

    PasswordSignIn(People people, PasswordEncoder passwords, LoginThrottle throttle) {
        this.people = people;
        this.passwords = passwords;
        this.throttle = throttle;
        this.unknownAccountHash = passwords.encode("an address with no account takes as long to refuse");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var email = Accounts.normalise(String.valueOf(authentication.getPrincipal()));
        var password = String.valueOf(authentication.getCredentials());
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.isBlocked(email, address)) {
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        var person = people.findByEmail(email).filter(Person::hasPassword);
        var matches = passwords.matches(password, person.map(Person::passwordHash).orElse(unknownAccountHash));
        if (person.isEmpty() || !matches) {
            throttle.failed(email, address);
            throw new BadCredentialsException("Wrong email or password");
        }
        throttle.succeeded(email);
        var signedIn = SignedIn.of(person.get());
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
