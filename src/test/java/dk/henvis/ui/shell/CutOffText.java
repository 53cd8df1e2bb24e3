package dk.henvis.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Finds what a person would see cut off in a window: every shown label, button, check box, tab or column
 * header ({@link Labeled}) whose displayed text differs from its text (JavaFX shortens it with "…" when it
 * does not fit), and every one that lies partly outside the window where no scroll bar can bring it in.
 */
final class CutOffText {
    private CutOffText() {
    }

    /** One line per cut-off text, naming the text, what was shown and where; empty when all is readable. */
    static List<String> in(Scene scene) {
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), scene, false, found);
        return found;
    }

    private static void walk(Node node, Scene scene, boolean scrolled, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        boolean inScroller = scrolled || node instanceof ScrollPane
                || node.getStyleClass().contains("virtual-flow") || node.getStyleClass().contains("clipped-container");
        if (node instanceof Labeled labeled) {
            check(labeled, scene, scrolled, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, inScroller, found);
            }
        }
    }

    private static void check(Labeled labeled, Scene scene, boolean scrolled, List<String> found) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        Text shown = shownText(labeled);
        if (shown == null) {
            return;
        }
        String where = describe(labeled);
        if (!expected.equals(shown.getText())) {
            found.add("cut off: \"" + expected + "\" shows as \"" + shown.getText() + "\" in " + where);
            return;
        }
        if (!scrolled) {
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            double w = scene.getWidth();
            double h = scene.getHeight();
            if (b.getWidth() > 0 && (b.getMaxX() > w + 1 || b.getMaxY() > h + 1 || b.getMinX() < -1 || b.getMinY() < -1)) {
                found.add("outside the window: \"" + expected + "\" at " + Math.round(b.getMinX()) + ","
                        + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY())
                        + " (window " + Math.round(w) + "×" + Math.round(h) + ") in " + where);
            }
        }
    }

    /** The text node the skin draws (after the skin shortened it to fit), or null before a skin has laid it out. */
    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }

    private static String withoutMnemonic(String text) {
        int i = text.indexOf('_');
        return i < 0 || i == text.length() - 1 ? text : text.substring(0, i) + text.substring(i + 1);
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        Node n = node.getParent();
        int depth = 0;
        while (n != null && depth < 6) {
            String id = n.getId();
            if (id != null) {
                path.append(" < #").append(id);
            } else if (!n.getStyleClass().isEmpty()) {
                path.append(" < .").append(n.getStyleClass().get(0));
            }
            n = n.getParent();
            depth++;
        }
        return path.toString();
    }
}
