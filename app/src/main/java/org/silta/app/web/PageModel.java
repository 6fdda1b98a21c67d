package org.silta.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.Person;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout of every page needs: who is signed in, the language menu, the viewer's time zone. */
@ControllerAdvice
class PageModel {

    private final Accounts accounts;

    PageModel(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The signed-in person ({@code me}, or null) and the viewer's own zone ({@code viewerZone}, or null). */
    @ModelAttribute
    void viewer(@AuthenticationPrincipal SignedIn signedIn, HttpServletRequest request, Model model) {
        Person me = signedIn == null ? null : accounts.find(signedIn.id()).orElse(null);
        model.addAttribute("me", me);
        model.addAttribute("viewerZone", me != null ? me.timeZone() : browserZone(request));
    }

    /** The current page in each interface language, for the language menu. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        var links = new LinkedHashMap<String, String>();
        if ("GET".equals(request.getMethod())) {
            for (var language : Languages.INTERFACE) {
                links.put(language, ServletUriComponentsBuilder.fromRequest(request)
                        .replaceQueryParam("lang", language).build().toUriString());
            }
        } else {
            Languages.INTERFACE.forEach(language -> links.put(language, "/?lang=" + language));
        }
        return links;
    }

    /** The zone a signed-out viewer's browser reported (silta.js sets the cookie). */
    private static String browserZone(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if ("SILTA_TZ".equals(cookie.getName())) {
                    var zone = cookie.getValue().replace('~', '/');
                    return ZoneId.getAvailableZoneIds().contains(zone) ? zone : null;
                }
            }
        }
        return null;
    }
}
