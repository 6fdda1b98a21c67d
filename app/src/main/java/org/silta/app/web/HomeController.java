package org.silta.app.web;

import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final ProgrammeCatalogue programmes;

    HomeController(ProgrammeCatalogue programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("programmes", programmes.visibleTo(me));
        return "home";
    }
}
