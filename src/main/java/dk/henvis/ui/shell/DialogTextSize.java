package dk.henvis.ui.shell;

import javafx.application.Platform;
import javafx.beans.value.ObservableNumberValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every dialog the main window opens gets the window's text size (Ctrl+Plus/Minus) and stylesheet, its
 * buttons keep their whole text, and it is sized to its contents — never larger than the screen. One place
 * instead of each dialog remembering to: a dialog that forgot stayed small at large text ("Gem og fort…").
 */
final class DialogTextSize {
    private DialogTextSize() {
    }

    static void follow(Stage main, ObservableNumberValue fontSize, String stylesheet) {
        Scene mainScene = main.getScene();
        Window.getWindows().addListener(new ListChangeListener<Window>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                if (main.getScene() != mainScene) {
                    // the stage shows another window now (tests reuse their stage): this one is done
                    Window.getWindows().removeListener(this);
                    return;
                }
                added(change, main, fontSize, stylesheet);
            }
        });
    }

    private static void added(ListChangeListener.Change<? extends Window> change, Stage main,
            ObservableNumberValue fontSize, String stylesheet) {
        {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w != main && ownedBy(w, main) && w.getScene() != null) {
                        fit(w, main, w.getScene(), fontSize, stylesheet);
                    }
                }
            }
        }
    }

    private static boolean ownedBy(Window w, Window main) {
        Window owner = w instanceof Stage s ? s.getOwner() : null;
        while (owner != null) {
            if (owner == main) {
                return true;
            }
            owner = owner instanceof Stage s ? s.getOwner() : null;
        }
        return false;
    }

    private static void fit(Window w, Window main, Scene scene, ObservableNumberValue fontSize, String stylesheet) {
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
        Parent root = scene.getRoot();
        if (!root.styleProperty().isBound()) {
            String own = root.getStyle() == null ? "" : root.getStyle();
            root.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", fontSize.doubleValue()) + own, fontSize));
        }
        Platform.runLater(() -> {
            root.applyCss();
            keepButtonTextWhole(root);
            root.applyCss();
            root.layout();
            dk.henvis.ui.common.TableHeaders.fit(root);
            root.layout();
            w.sizeToScene();
            // never larger than the screen, nor than the window it belongs to (maximised on a laptop)
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double maxW = Math.min(screen.getWidth(), Math.max(640, main.getWidth()));
            double maxH = Math.min(screen.getHeight(), Math.max(480, main.getHeight()));
            if (w.getWidth() > maxW) {
                w.setWidth(maxW);
            }
            if (w.getHeight() > maxH) {
                w.setHeight(maxH);
            }
            if (w.getX() + w.getWidth() > screen.getMaxX() || w.getY() + w.getHeight() > screen.getMaxY()) {
                w.centerOnScreen();
            }
        });
    }

    /**
     * A button bar measures its buttons once, when it is first shown; after the text size is applied it is
     * given its buttons again, so it measures them at the text size they are drawn in.
     */
    private static void keepButtonTextWhole(Node node) {
        if (node instanceof ButtonBar bar) {
            List<Node> buttons = new ArrayList<>(bar.getButtons());
            bar.getButtons().clear();
            for (Node b : buttons) {
                if (b instanceof Button button) {
                    // the bar fixed these at the size it measured; measure again, and never narrower than
                    // the text (a bar laid out before the text size arrived would otherwise cut it with "…")
                    button.setMinWidth(Region.USE_PREF_SIZE);
                    button.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    button.applyCss();
                }
            }
            bar.getButtons().setAll(buttons);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                keepButtonTextWhole(child);
            }
        }
    }
}
