package dk.henvis.ui.common;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The full offer: what, when, where, how to get there, price, whom to contact, when last checked. */
public final class OfferDetailsView extends ScrollPane {
    /** The "Meld fejl i oplysningerne…" button; it fires {@link OfferEvent#FLAG}, handled by the window. */
    public static final String FLAG_ID = "offerFlag";
    private final VBox box = new VBox(10);
    private final List<Function<Offer, Node>> sections = new ArrayList<>();
    private Function<Offer, List<String>> sourcesOf = o -> List.of(o.key().source());

    public OfferDetailsView() {
        getStyleClass().add("offer-details");
        setFitToWidth(true);
        setFocusTraversable(true);
        box.getStyleClass().add("offer-details-box");
        setContent(box);
        show(null);
    }

    /**
     * Adds a part below the offer's facts (e.g. the staff's note), built for each shown offer; the
     * function may return null to show nothing for that offer.
     */
    public void addSection(Function<Offer, Node> section) {
        sections.add(section);
    }

    /** Which sources carry the offer (the same activity may come from several); default its own. */
    public void setSourcesOf(Function<Offer, List<String>> sourcesOf) {
        this.sourcesOf = sourcesOf;
    }

    public void show(Offer offer) {
        box.getChildren().clear();
        if (offer == null) {
            Label none = new Label(i18n("ui.details.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            box.getChildren().add(none);
            return;
        }
        Label name = new Label(offer.name());
        name.getStyleClass().add("details-title");
        name.setWrapText(true);
        box.getChildren().add(name);
        if (offer.organisation().name() != null) {
            Label org = new Label(offer.organisation().name());
            org.getStyleClass().add("organiser");
            org.setWrapText(true);
            box.getChildren().add(org);
        }
        if (offer.description() != null && !offer.description().isBlank()) {
            Label d = new Label(offer.description());
            d.setWrapText(true);
            box.getChildren().add(d);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("details-grid");
        grid.setVgap(2);
        int row = 0;
        dk.henvis.catalog.StatedConditions stated = dk.henvis.catalog.StatedConditions.of(offer);
        if (stated.referral() != null) {
            row = add(grid, row, i18n("ui.details.referral"), stated.referral());
        }
        if (stated.sex() != dk.henvis.catalog.AudienceSex.ANY) {
            row = add(grid, row, i18n("ui.details.sex"), stated.sex() == dk.henvis.catalog.AudienceSex.WOMEN ? i18n("ui.details.sex.WOMEN")
                    : i18n("ui.details.sex.MEN"));
        }
        row = add(grid, row, i18n("ui.details.when"), OfferText.schedules(offer));
        row = add(grid, row, i18n("ui.details.where"), OfferText.place(offer));
        Location loc = offer.primaryLocation();
        if (loc != null && !loc.online()) {
            row = add(grid, row, i18n("ui.details.access"), OfferText.access(stated.access())
                    + (loc.accessibility() == null || loc.accessibility().isBlank() ? "" : " – " + loc.accessibility()));
            if (loc.transport() != null && !loc.transport().isBlank()) {
                row = add(grid, row, i18n("ui.details.transport"), loc.transport());
            }
        }
        row = add(grid, row, i18n("ui.details.price"), OfferText.price(stated.cost()));
        row = addDetails(grid, row, offer.detailsOrNone());
        row = add(grid, row, i18n("ui.details.contact"), OfferText.contact(offer));
        row = add(grid, row, i18n("ui.details.focus"), OfferText.focus(offer.focus()));
        if (!stated.ages().isOpen()) {
            row = add(grid, row, i18n("ui.details.ages"), OfferText.ages(stated.ages()));
        }
        row = add(grid, row, i18n("ui.details.lastChecked"), OfferText.lastChecked(offer.lastChecked()));
        List<String> sources = sourcesOf.apply(offer);
        add(grid, row, sources.size() > 1 ? i18n("ui.details.sources") : i18n("ui.details.source"),
                String.join(", ", sources));
        box.getChildren().add(grid);
        for (Function<Offer, Node> section : sections) {
            Node n = section.apply(offer);
            if (n != null) {
                box.getChildren().add(n);
            }
        }
        javafx.scene.control.Button flag = new javafx.scene.control.Button(i18n("ui.details.flag"));
        flag.setId(FLAG_ID);
        flag.setWrapText(true);
        flag.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        flag.setOnAction(e -> flag.fireEvent(new OfferEvent(OfferEvent.FLAG, offer)));
        box.getChildren().add(flag);
    }

    /** How to take part (issue 15): only what the source says. */
    private static int addDetails(GridPane grid, int row, dk.henvis.catalog.ServiceDetails d) {
        if (d.alert() != null) {
            row = add(grid, row, i18n("ui.details.alert"), d.alert());
        }
        if (d.applicationProcess() != null) {
            row = add(grid, row, i18n("ui.details.howToJoin"), d.applicationProcess());
        }
        if (d.waitTime() != null) {
            row = add(grid, row, i18n("ui.details.waitTime"), d.waitTime());
        }
        if (!d.requiredDocuments().isEmpty()) {
            row = add(grid, row, i18n("ui.details.documents"), String.join(", ", d.requiredDocuments()));
        }
        if (d.interpretation() != null) {
            row = add(grid, row, i18n("ui.details.interpretation"), d.interpretation());
        }
        if (!d.serviceAreas().isEmpty()) {
            row = add(grid, row, i18n("ui.details.areas"), String.join(", ", d.serviceAreas()));
        }
        return row;
    }

    /**
     * The heading above its value, so the value has the pane's whole width and wraps at spaces: beside a
     * heading, a narrow pane broke words letter by letter ("Sognegårde n").
     */
    private static int add(GridPane grid, int row, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("details-label");
        l.setWrapText(true);
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().add("details-value");
        grid.add(l, 0, row);
        grid.add(v, 0, row + 1);
        javafx.scene.layout.GridPane.setHgrow(v, javafx.scene.layout.Priority.ALWAYS);
        return row + 2;
    }
}
