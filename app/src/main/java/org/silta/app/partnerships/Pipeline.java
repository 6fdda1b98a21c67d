package org.silta.app.partnerships;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.silta.app.identity.SignedIn;
import org.silta.app.programmes.Programme;
import org.silta.app.programmes.ProgrammeCatalogue;
import org.springframework.stereotype.Service;

/** The follow-up board: every idea, joint offer and partnership the reader follows, by status, filtered. */
@Service
public class Pipeline {

    private final ProgrammeCatalogue catalogue;
    private final Ideas ideas;
    private final JointOffers offers;
    private final Partnerships partnerships;

    Pipeline(ProgrammeCatalogue catalogue, Ideas ideas, JointOffers offers, Partnerships partnerships) {
        this.catalogue = catalogue;
        this.ideas = ideas;
        this.offers = offers;
        this.partnerships = partnerships;
    }

    public enum Kind { IDEA, OFFER, PARTNERSHIP }

    /** One card on the board; {@code status} is the name of the kind's status. */
    public record Item(Kind kind, long id, Programme programme, String title, String language, String status,
                       List<String> countries, List<String> sectors, Instant createdAt) {

        /** The message key of the item's status. */
        public String statusKey() {
            return switch (kind) {
                case IDEA -> "idea.status.";
                case OFFER -> "offer.status.";
                case PARTNERSHIP -> "partnership.status.";
            } + status;
        }

        public String path() {
            return switch (kind) {
                case IDEA -> "/ideas/" + id;
                case OFFER -> "/offers/" + id;
                case PARTNERSHIP -> "/partnerships/" + id;
            };
        }
    }

    /** Empty or null filters match everything; the sector filter matches a part of a sector's name or code. */
    public record Filter(Long programmeId, String country, String sector) {
    }

    public List<Programme> followed(SignedIn me) {
        return catalogue.visibleTo(me).stream().filter(programme -> catalogue.canFollow(programme, me)).toList();
    }

    public List<Item> items(Filter filter, SignedIn me) {
        var result = new ArrayList<Item>();
        for (var programme : followed(me)) {
            if (filter.programmeId() != null && !filter.programmeId().equals(programme.id())) {
                continue;
            }
            ideas.ofProgramme(programme.id()).forEach(idea -> result.add(new Item(Kind.IDEA, idea.id(), programme, idea.title(),
                    idea.language(), idea.status().name(), idea.countries(), idea.sectors(), idea.createdAt())));
            offers.ofProgramme(programme.id()).forEach(offer -> result.add(new Item(Kind.OFFER, offer.id(), programme,
                    offer.title(), offer.language(), offer.status().name(), List.of(offer.targetCountry()),
                    Stream.concat(offer.sectors().stream(), offer.concepts().stream()).toList(), offer.createdAt())));
            partnerships.ofProgramme(programme.id()).forEach(partnership -> result.add(new Item(Kind.PARTNERSHIP,
                    partnership.id(), programme, partnership.title().fallbackText(), partnership.title().fallback(),
                    partnership.status().name(), partnership.countries(), sectorsOf(partnership), partnership.createdAt())));
        }
        return result.stream().filter(item -> matches(item, filter))
                .sorted(Comparator.comparing(Item::kind).thenComparing(Pipeline::statusOrder).thenComparing(Item::createdAt))
                .toList();
    }

    private static int statusOrder(Item item) {
        return switch (item.kind()) {
            case IDEA -> IdeaStatus.valueOf(item.status()).ordinal();
            case OFFER -> OfferStatus.valueOf(item.status()).ordinal();
            case PARTNERSHIP -> PartnershipStatus.valueOf(item.status()).ordinal();
        };
    }

    private static List<String> sectorsOf(Partnership partnership) {
        var sectors = new ArrayList<String>();
        partnership.dacSectors().forEach(code -> sectors.add(code + " " + IatiCodes.DAC_SECTORS.getOrDefault(code, "")));
        sectors.addAll(partnership.themes());
        return sectors;
    }

    private static boolean matches(Item item, Filter filter) {
        var country = filter.country() == null ? "" : filter.country();
        var sector = filter.sector() == null ? "" : filter.sector().strip().toLowerCase(Locale.ROOT);
        return (country.isEmpty() || item.countries().contains(country))
                && (sector.isEmpty() || item.sectors().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(sector)));
    }
}
