package dk.henvis.ui.shell;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.browser.CatalogView;
import dk.henvis.ui.citizen.CitizenScreen;
import dk.henvis.ui.common.FileDialogs;
import dk.henvis.ui.common.OfferDetailsView;
import dk.henvis.ui.coordinator.CoordinatorView;
import dk.henvis.ui.coordinator.FolderChooser;
import dk.henvis.ui.notes.OfferNotePane;
import dk.henvis.ui.offereditor.CoordinatorActions;
import dk.henvis.ui.offereditor.OfferEditor;
import dk.henvis.ui.stats.StatsView;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * The main window's screens as tabs: the citizen (search, results, handout), the catalogue, the statistics
 * and — in coordinator mode only — the Koordinator tab. Each offer's details show the staff's note.
 */
final class MainTabs extends TabPane {
    static final String CITIZEN = "tabCitizen";
    static final String CATALOG = "tabCatalog";
    static final String STATS = "tabStats";
    static final String COORDINATOR = "tabCoordinator";

    private final MainViewModel model;
    private final CitizenScreen citizenScreen;
    private final CatalogView catalogView;

    /**
     * @param owner        the window the offer form and the coordinator's dialogs belong to
     * @param openFollowUp opens "Opfølgning" (from the statistics)
     */
    MainTabs(MainViewModel model, OfferEditor offerEditor, FileDialogs files, FolderChooser folders,
            java.util.function.Supplier<Window> owner, Runnable openFollowUp) {
        this.model = model;
        citizenScreen = new CitizenScreen(model.citizen(), model.results(), model.handout(),
                model.interestSuggester(), model.groupSuggester(), files);
        tab(CITIZEN, i18n("ui.tab.citizen").replace("_", ""), citizenScreen);
        catalogView = new CatalogView(model.catalog());
        catalogView.showActions(new CoordinatorActions(offerEditor, model.catalog().selectedProperty(),
                model.shell().coordinatorModeProperty(), owner).bar());
        addNotes(catalogView.details());
        addNotes(citizenScreen.details());
        citizenScreen.details().setSourcesOf(model::resultSourcesOf);
        // built with the window (its view-model and actions are wired now), shown in the tab when first opened:
        // a tab's content takes part in the first CSS and layout pass even while hidden (issue 17)
        Tab catalogue = tab(CATALOG, i18n("ui.tab.catalogue").replace("_", ""), null);
        buildOnFirstSelection(catalogue, () -> catalogView);
        // and its view-model reads the catalogue only then
        catalogue.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                model.catalog().shown();
            }
        });
        Tab stats = tab(STATS, i18n("ui.tab.stats"), null);
        buildOnFirstSelection(stats, () -> new StatsView(model.stats(), model.statsExports(), files, openFollowUp));
        stats.setOnSelectionChanged(e -> {
            if (stats.isSelected()) {
                model.stats().refresh();
            }
        });
        coordinatorTab(folders);
    }

    /**
     * The tab's view is built when the tab is first shown, not with the window: the first screen is the
     * citizen's, and the statistics' charts and the coordinator's lists are not needed to start (issue 17).
     */
    private static void buildOnFirstSelection(Tab tab, java.util.function.Supplier<Node> view) {
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now && tab.getContent() == null) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(view.get());
                }
            }
        });
    }

    private Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        getTabs().add(tab);
        return tab;
    }

    /** The Koordinator tab, shown only in coordinator mode; opening it collects the laptops' flags. */
    private void coordinatorTab(FolderChooser folders) {
        Tab tab = new Tab(i18n("ui.tab.coordinator"));
        buildOnFirstSelection(tab, () -> new CoordinatorView(model.coordinator(), folders));
        tab.setId(COORDINATOR);
        tab.setClosable(false);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                model.coordinator().open();
            }
        });
        Runnable showOrHide = () -> {
            if (model.shell().coordinatorModeProperty().get()) {
                if (!getTabs().contains(tab)) {
                    getTabs().add(tab);
                }
            } else {
                getTabs().remove(tab);
            }
        };
        model.shell().coordinatorModeProperty().addListener((o, a, b) -> showOrHide.run());
        showOrHide.run();
    }

    /** The staff's note and "verified by phone" below an offer's details (not in a read-only catalogue). */
    private void addNotes(OfferDetailsView details) {
        OfferNotePane pane = new OfferNotePane(model.notes());
        details.addSection(o -> model.readOnly() ? null : pane.forOffer(o));
    }

    void select(String id) {
        getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    CitizenScreen citizenScreen() {
        return citizenScreen;
    }

    CatalogView catalogView() {
        return catalogView;
    }
}
