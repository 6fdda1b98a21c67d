package org.silta.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a person in right after they created their account or chose a new password. */
@Component
class SessionSignIn {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void signIn(Person person, HttpServletRequest request, HttpServletResponse response) {
        var signedIn = SignedIn.of(person);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.authorities()));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        repository.saveContext(context, request, response);
    }
}
