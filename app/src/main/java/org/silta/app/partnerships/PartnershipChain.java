package org.silta.app.partnerships;

import java.util.ArrayList;
import java.util.List;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.springframework.stereotype.Component;

/** Where a partnership came from: the event, the board note or meeting, the idea and the joint offer before it. */
@Component
class PartnershipChain {

    private final Ideas ideas;
    private final JointOffers offers;
    private final ProgrammeCatalogue catalogue;

    PartnershipChain(Ideas ideas, JointOffers offers, ProgrammeCatalogue catalogue) {
        this.ideas = ideas;
        this.offers = offers;
        this.catalogue = catalogue;
    }

    /** One link of the chain: {@code kind} names it on the page, {@code path} leads to it (null when it has no page). */
    record Step(String kind, String title, String language, String path) {
    }

    List<Step> of(Partnership partnership) {
        var offer = partnership.offerId() == null ? null : offers.get(partnership.offerId());
        var ideaId = partnership.ideaId() != null ? partnership.ideaId() : offer == null ? null : offer.ideaId();
        var steps = new ArrayList<Step>(ideaId == null ? List.of() : ideaSteps(ideas.get(ideaId)));
        if (offer != null) {
            steps.add(new Step("OFFER", offer.title(), offer.language(), "/offers/" + offer.id()));
        }
        steps.add(new Step("PARTNERSHIP", partnership.title().fallbackText(), partnership.title().fallback(),
                "/partnerships/" + partnership.id()));
        return steps;
    }

    List<Step> of(JointOffer offer) {
        var steps = new ArrayList<Step>(offer.ideaId() == null ? List.of() : ideaSteps(ideas.get(offer.ideaId())));
        steps.add(new Step("OFFER", offer.title(), offer.language(), "/offers/" + offer.id()));
        return steps;
    }

    List<Step> ideaSteps(Idea idea) {
        var steps = new ArrayList<Step>();
        if (idea.eventId() != null) {
            catalogue.eventById(idea.eventId()).ifPresent(event -> steps.add(new Step("EVENT", event.title().fallbackText(),
                    event.title().fallback(), "/events/" + event.id())));
        }
        if (idea.source() != IdeaSource.MANUAL) {
            steps.add(new Step(idea.source().name(), idea.description().isBlank() ? idea.title() : idea.description(),
                    idea.language(), idea.sourceLink()));
        }
        steps.add(new Step("IDEA", idea.title(), idea.language(), "/ideas/" + idea.id()));
        return steps;
    }
}
