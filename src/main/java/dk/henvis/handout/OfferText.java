package dk.henvis.handout;

import java.util.List;

/**
 * The words printed for one offer on the handout, in plain Danish, before layout shortens them.
 *
 * @param summary   what happens there, one or two sentences
 * @param when      one line per schedule ("Tirsdage kl. 10.00–12.00")
 * @param next      "Næste gang: tirsdag den 1. december", or null when unknown
 * @param where     place and address, or null
 * @param transport how to get there, or null
 * @param price     "Gratis", an amount, or "Spørg arrangøren"
 * @param contact   whom to call or write: name, phone, e-mail (most important first); may be empty
 * @param dropIn    "Du kan bare møde op.", or null
 * @param url       the offer's web page for the QR code, or null
 * @param who       the stated conditions on who may come ("Kun for kvinder · 60 år og derover"), or null
 * @param access    step-free access as the offer states it, printed when the citizen needs it; null otherwise
 */
public record OfferText(String name, String summary, List<String> when, String next, String where, String transport,
        String price, List<String> contact, String dropIn, String url, String who, String access) {
    public OfferText {
        when = when == null ? List.of() : List.copyOf(when);
        contact = contact == null ? List.of() : List.copyOf(contact);
    }
}
