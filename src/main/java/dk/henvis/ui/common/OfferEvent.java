package dk.henvis.ui.common;

import dk.henvis.catalog.Offer;
import javafx.event.Event;
import javafx.event.EventType;

/**
 * Something asked of one offer from its detail view (e.g. "Meld fejl i oplysningerne…"). It bubbles up
 * the scene graph, so the window handles it once for every screen that shows offer details.
 */
public final class OfferEvent extends Event {
    public static final EventType<OfferEvent> ANY = new EventType<>(Event.ANY, "OFFER");
    /** The worker wants to report that the offer's information is wrong. */
    public static final EventType<OfferEvent> FLAG = new EventType<>(ANY, "OFFER_FLAG");

    private final transient Offer offer;

    public OfferEvent(EventType<OfferEvent> type, Offer offer) {
        super(type);
        this.offer = offer;
    }

    public Offer offer() {
        return offer;
    }
}
