package dk.henvis.ui.shell;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.citizen.CitizenScreen;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The main window's menus, with the accelerators of {@link Shortcuts}; each item runs one of the window's actions. */
final class MainMenus {
    private final MainWindow window;
    private final MainViewModel model;
    /** "Ctrl+N  Ny borger", one line per menu item with a shortcut, in menu order: what F1 lists. */
    private final java.util.List<String> keyLines = new java.util.ArrayList<>();

    MainMenus(MainWindow window, MainViewModel model) {
        this.window = window;
        this.model = model;
    }

    MenuBar bar() {
        return new MenuBar(file(), view(), settings(), help());
    }

    private Menu file() {
        Menu file = new Menu(i18n("ui.menu.file"));
        MenuItem quit = item(i18n("ui.menu.quit"), Shortcuts.QUIT, window::close);
        MenuItem newCitizen = item(i18n("ui.menu.newCitizen"), Shortcuts.NEW_CITIZEN, window::newCitizen);
        MenuItem preview = item(i18n("ui.menu.preview"), Shortcuts.PREVIEW,
                () -> window.withCitizenScreen(CitizenScreen::preview));
        MenuItem print = item(i18n("ui.menu.print"), Shortcuts.PRINT,
                () -> window.withCitizenScreen(CitizenScreen::print));
        MenuItem save = item(i18n("ui.menu.save"), Shortcuts.SAVE, () -> window.withCitizenScreen(CitizenScreen::save));
        for (MenuItem m : new MenuItem[] {preview, print, save}) {
            m.disableProperty().bind(model.handout().canMake().not());
        }
        MenuItem syncNow = item(i18n("ui.menu.sync"), Shortcuts.SYNC, model.sync()::syncNow);
        syncNow.setId("menuSync");
        syncNow.disableProperty().bind(model.sync().syncingProperty());
        MenuItem followUp = item(i18n("ui.menu.followUp"), Shortcuts.FOLLOW_UP, window::openFollowUp);
        followUp.setId("menuFollowUp");
        file.getItems().addAll(newCitizen, new SeparatorMenuItem(), preview, print, save, new SeparatorMenuItem(),
                followUp, syncNow, new SeparatorMenuItem(), quit);
        return file;
    }

    private Menu view() {
        Menu view = new Menu(i18n("ui.menu.view"));
        MenuItem toCitizen = item(i18n("ui.menu.citizen"), Shortcuts.CITIZEN,
                () -> window.withCitizenScreen(CitizenScreen::focusFirstField));
        MenuItem toResults = item(i18n("ui.menu.results"), Shortcuts.RESULTS,
                () -> window.withCitizenScreen(CitizenScreen::focusResults));
        MenuItem toCatalog = item(i18n("ui.menu.catalogue"), Shortcuts.CATALOG,
                () -> window.selectTab(MainTabs.CATALOG));
        MenuItem toStats = item(i18n("ui.menu.stats"), Shortcuts.STATS, () -> window.selectTab(MainTabs.STATS));
        MenuItem find = item(i18n("ui.menu.find"), Shortcuts.FIND, window::findInCatalog);
        MenuItem bigger = item(i18n("ui.menu.bigger"), Shortcuts.BIGGER, model.shell()::biggerText);
        MenuItem smaller = item(i18n("ui.menu.smaller"), Shortcuts.SMALLER, model.shell()::smallerText);
        view.getItems().addAll(toCitizen, toResults, toCatalog, toStats, find, new SeparatorMenuItem(), bigger, smaller);
        return view;
    }

    private Menu settings() {
        Menu settings = new Menu(i18n("ui.menu.settings"));
        settings.setId("menuSettings");
        MenuItem unit = item(i18n("ui.menu.unit"), null, window::openSettings);
        MenuItem retention = item(i18n("ui.menu.retention"), null, window::openRetention);
        retention.setId("menuRetention");
        CheckMenuItem coordinator = new CheckMenuItem(i18n("ui.menu.coordinatorMode"));
        coordinator.setId("menuCoordinatorMode");
        coordinator.setMnemonicParsing(true);
        coordinator.setSelected(model.shell().coordinatorModeProperty().get());
        coordinator.setOnAction(e -> model.shell().setCoordinatorMode(coordinator.isSelected()));
        MenuItem flagsFolder = item(i18n("ui.menu.flagsFolder"), null, window::chooseFlagsFolder);
        flagsFolder.setId("menuFlagsFolder");
        MenuItem sources = item(i18n("ui.menu.sources"), null, window::openSources);
        sources.setId("menuSources");
        settings.getItems().addAll(unit, sources, flagsFolder, retention, new SeparatorMenuItem(), coordinator);
        return settings;
    }

    private Menu help() {
        Menu help = new Menu(i18n("ui.menu.help"));
        MenuItem keys = item(i18n("ui.menu.keys"), Shortcuts.KEYS, window::showKeys);
        MenuItem about = item(i18n("ui.menu.about"), null, window::showAbout);
        about.setId("menuAbout");
        help.getItems().addAll(keys, about);
        return help;
    }

    /** The shortcuts the menus bind, as F1 shows them (generated from the same table, so they cannot differ). */
    java.util.List<String> keyLines() {
        return java.util.List.copyOf(keyLines);
    }

    private MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
            keyLines.add(accelerator.getDisplayText() + "  " + text.replaceFirst("_", "").replace("…", "").strip());
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
