package dk.henvis.handout;

import com.google.zxing.common.BitMatrix;
import dk.henvis.i18n.Messages;
import java.awt.Color;
import java.util.List;
import java.util.Map;

/** Places the handout's parts on one page; the same code measures (fitting) and draws. */
final class HandoutLayout {
    private final PdfPageWriter w;
    private final HandoutRenderer.Fit fit;
    private final HandoutRequest request;
    private final List<OfferText> texts;
    private final HandoutSettings settings;
    /** The QR modules per offer URL (encoded once per handout); URLs that cannot be encoded are absent. */
    private final Map<String, BitMatrix> qrCodes;
    private final TextStyle body;
    private final TextStyle small;
    private final TextStyle label;
    /** Rows starting below this height may use the full width (the current offer's QR code ends above). */
    private float qrBottom = Float.NEGATIVE_INFINITY;

    HandoutLayout(PdfPageWriter w, HandoutRenderer.Fit fit, HandoutRequest request, List<OfferText> texts,
            Map<String, BitMatrix> qrCodes, HandoutSettings settings) {
        this.w = w;
        this.qrCodes = qrCodes;
        this.fit = fit;
        this.request = request;
        this.texts = texts;
        this.settings = settings;
        this.body = TextStyle.regular(fit.body());
        this.small = TextStyle.regular(fit.small());
        this.label = TextStyle.bold(fit.body()).withColor(HandoutRenderer.accent());
    }

    void layout() {
        // the footer's height is known first so the offers stop above it; it is drawn last so the
        // text reads (and is extracted) in order
        float footer = footer(false);
        w.reserveBottom(footer + fit.body() * 0.6f);
        w.moveTo(w.top());
        header();
        for (OfferText t : texts) {
            w.space(fit.body() * 0.6f);
            w.rule(HandoutRenderer.rule(), 1f);
            w.space(fit.body() * 0.75f);
            offer(t);
        }
        w.reserveBottom(0);
        w.moveTo(w.bottom() + footer);
        footer(true);
    }

    private void header() {
        String heading = request.firstName() == null ? Messages.get("handout.heading")
                : Messages.get("handout.headingNamed", request.firstName());
        w.heading(heading, fit.heading(), HandoutRenderer.accent(), 2);
        if (fit.intro()) {
            w.space(fit.body() * 0.2f);
            w.paragraph(Messages.get("handout.intro"), body, 2);
        }
        if (request.note() != null) {
            w.space(fit.body() * 0.7f);
            float pad = fit.body() * 0.6f;
            float bar = 4f;
            PdfPageWriter.TextBlock note = w.block(request.note(), body, w.width() - 2 * pad - bar, fit.noteLines());
            float h = note.height() + 2 * pad - (body.leading() - body.size()) * 0.5f;
            float top = w.y();
            w.fillRect(w.left(), top - h, w.width(), h, HandoutRenderer.noteBackground());
            w.fillRect(w.left(), top - h, bar, h, HandoutRenderer.accent());
            w.space(pad);
            w.draw(note, w.left() + bar + pad);
            w.moveTo(top - h);
        }
        w.space(fit.body() * 0.3f);
    }

    private void offer(OfferText t) {
        float qr = Math.min(100f, Math.max(64f, fit.body() * 5.2f));
        BitMatrix matrix = t.url() == null ? null : qrCodes.get(t.url());
        boolean hasQr = matrix != null;
        float textWidth = hasQr ? w.width() - qr - fit.body() * 1.5f : w.width();
        float top = w.y();
        qrBottom = Float.NEGATIVE_INFINITY;
        if (hasQr) {
            w.qrCode(matrix, w.right() - qr, top, qr);
            qrBottom = top - qr - fit.body() * 0.5f;
        }
        w.paragraph(t.name(), TextStyle.bold(fit.title()).withColor(HandoutRenderer.accent()), w.left(), textWidth,
                fit.nameLines());
        if (t.summary() != null && fit.summaryLines() > 0) {
            w.space(fit.body() * 0.2f);
            w.paragraph(t.summary(), body, w.left(), textWidth, fit.summaryLines());
        }
        w.space(fit.body() * 0.45f);

        String when = Messages.get("handout.label.when");
        String where = Messages.get("handout.label.where");
        String price = Messages.get("handout.label.price");
        String contact = Messages.get("handout.label.contact");
        String access = Messages.get("handout.label.access");
        String who = Messages.get("handout.label.who");
        // the keys line up across the offers: the optional ones count when any offer prints them
        List<String> keys = new java.util.ArrayList<>(List.of(when, where, price, contact));
        if (texts.stream().anyMatch(x -> x.access() != null)) {
            keys.add(access);
        }
        if (texts.stream().anyMatch(x -> x.who() != null)) {
            keys.add(who);
        }
        float keyWidth = 0;
        for (String k : keys) {
            keyWidth = Math.max(keyWidth, w.textWidth(k, label));
        }
        keyWidth += fit.body() * 0.9f;

        String key = when;
        for (String line : t.when().subList(0, Math.min(fit.schedules(), t.when().size()))) {
            row(key, line, body, keyWidth, textWidth, fit.whenLines());
            key = "";
        }
        if (t.next() != null) {
            row(key, t.next(), body, keyWidth, textWidth, 2);
        }
        if (t.where() != null) {
            row(where, t.where(), body, keyWidth, textWidth, fit.whereLines());
        }
        if (t.transport() != null && fit.transportLines() > 0) {
            row(t.where() == null ? where : "", t.transport(), body, keyWidth, textWidth, fit.transportLines());
        }
        if (t.access() != null) {
            row(access, t.access(), body, keyWidth, textWidth, fit.whereLines());
        }
        row(price, t.price(), body, keyWidth, textWidth, fit.whereLines());
        if (t.who() != null) {
            row(who, t.who(), body, keyWidth, textWidth, fit.whereLines());
        }
        if (!t.contact().isEmpty()) {
            contactRow(contact, t.contact(), keyWidth, textWidth);
        }
        if (t.dropIn() != null) {
            row(t.contact().isEmpty() ? contact : "", t.dropIn(), TextStyle.bold(fit.body()), keyWidth, textWidth, 1);
        }
        if (hasQr) {
            w.moveTo(Math.min(w.y(), top - qr));
        }
    }

    /** The contact parts that fit whole (name and phone before e-mail); "…" only when even the first does not. */
    private void contactRow(String key, List<String> parts, float keyWidth, float width) {
        float rowWidth = w.y() < qrBottom ? w.width() : width;
        for (int n = parts.size(); n > 1; n--) {
            String joined = String.join(", ", parts.subList(0, n));
            if (!w.block(joined, body, rowWidth - keyWidth, fit.contactLines()).shortened()) {
                row(key, joined, body, keyWidth, width, fit.contactLines());
                return;
            }
        }
        row(key, parts.get(0), body, keyWidth, width, fit.contactLines());
    }

    private void row(String key, String value, TextStyle valueStyle, float keyWidth, float width, int maxLines) {
        // below the QR code a row may use the full width
        float rowWidth = w.y() < qrBottom ? w.width() : width;
        if (w.keyValue(key, label, value, valueStyle, w.left(), keyWidth, rowWidth, maxLines) > 0) {
            w.space(fit.body() * 0.15f);
        }
    }

    /**
     * The footer: the contact line across the page, then the date on the left and the referral code
     * in a box on the right. Draws only when {@code draw}; returns its height either way.
     */
    private float footer(boolean draw) {
        TextStyle codeStyle = TextStyle.bold(fit.code()).withColor(Color.BLACK);
        String codeLabel = Messages.get("handout.code.label");
        float pad = fit.small() * 0.6f;
        float boxWidth = Math.max(w.textWidth(request.referralCode(), codeStyle), w.textWidth(codeLabel, small)) + 2 * pad;
        float boxHeight = pad + small.leading() + codeStyle.size() * 1.15f + pad;
        float gap = fit.body() * 1.2f;

        String contactLine = settings.contactLine() == null ? null
                : Messages.get("handout.footer.contact", settings.contactLine());
        if (settings.unitPhone() != null) {
            String phone = Messages.get("handout.footer.phone", HandoutTexts.phone(settings.unitPhone()));
            contactLine = contactLine == null ? phone : contactLine + " \u00b7 " + phone;
        }
        PdfPageWriter.TextBlock contact = w.block(contactLine, small, w.width(), 3);
        PdfPageWriter.TextBlock date = w.block(Messages.get("handout.footer.date",
                HandoutTexts.date(request.date(), request.date(), true)), small, w.width() - boxWidth - gap, 2);
        float ruleGap = fit.body() * 0.8f;
        float contactGap = contact.isEmpty() ? 0 : small.size() * 0.6f;
        float height = 1f + ruleGap + contact.height() + contactGap + Math.max(date.height(), boxHeight);
        if (!draw) {
            return height;
        }
        float top = w.y();
        w.rule(HandoutRenderer.rule(), 1f);
        w.space(1f + ruleGap);
        w.draw(contact, w.left());
        w.space(contactGap);
        float rowTop = w.y();
        float boxBottom = rowTop - boxHeight;
        // the date sits on the same baseline as the code, bottom left
        w.moveTo(boxBottom + pad + codeStyle.size() * 0.22f + small.size() * 0.93f + (date.height() - small.leading()));
        w.draw(date, w.left());
        float boxLeft = w.right() - boxWidth;
        w.fillRect(boxLeft, boxBottom, boxWidth, boxHeight, HandoutRenderer.noteBackground());
        w.textAt(codeLabel, small, boxLeft + pad, rowTop - pad - small.size() * 0.93f);
        w.textAt(request.referralCode(), codeStyle, boxLeft + pad, boxBottom + pad + codeStyle.size() * 0.22f);
        w.moveTo(top - height);
        return height;
    }
}
