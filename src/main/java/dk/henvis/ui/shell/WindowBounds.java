package dk.henvis.ui.shell;

import dk.henvis.settings.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size and position (no citizen data) in the settings. */
final class WindowBounds {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String W = "window.width";
    private static final String H = "window.height";
    private static final String MAX = "window.maximized";

    private WindowBounds() {
    }

    static void restore(Stage stage, Settings settings) {
        double w = settings.getDouble(W, 1200);
        double h = settings.getDouble(H, 800);
        stage.setWidth(w);
        stage.setHeight(h);
        double x = settings.getDouble(X, Double.NaN);
        double y = settings.getDouble(Y, Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && visible(x, y, w, h)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.get(MAX).map(Boolean::parseBoolean).orElse(false));
    }

    static void save(Stage stage, Settings settings) {
        settings.put(MAX, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put(X, Double.toString(stage.getX()));
            settings.put(Y, Double.toString(stage.getY()));
            settings.put(W, Double.toString(stage.getWidth()));
            settings.put(H, Double.toString(stage.getHeight()));
        }
    }

    private static boolean visible(double x, double y, double w, double h) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(1, w), Math.max(1, h))).isEmpty();
    }
}
