package dk.henvis.ui.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds what moves under the mouse when the keyboard focus moves: the focus ring must not make a control larger
 * (a border adds to a control's insets), or its neighbours would shift ("Gem" jumped 6 px when "Luk" got the
 * focus after saving).
 */
final class FocusMoves {
    private FocusMoves() {
    }

    /**
     * Focuses each control of {@code w} that the keyboard can reach, in turn, and reports every control that
     * changed its size or place (in its window, or in the scrolled content it belongs to) meanwhile. Also
     * reports when a button or a text field could not be focused, so the check cannot pass by doing nothing.
     */
    static List<String> whenEachIsFocused(FxRobot robot, Window w, String name) {
        robot.interact(w::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        List<Control> reachable = onFx(() -> controls(w.getScene().getRoot()).stream()
                .filter(c -> c.isFocusTraversable() && !c.isDisabled() && shown(c)).toList());
        List<String> found = new ArrayList<>();
        Set<Class<?>> focused = new HashSet<>();
        for (Control c : reachable) {
            Map<Node, List<Double>> before = onFx(() -> geometry(w.getScene().getRoot()));
            robot.interact(c::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            if (!onFx(c::isFocused)) {
                continue;
            }
            focused.add(c instanceof Button ? Button.class
                    : c instanceof TextField ? TextField.class : c.getClass());
            Map<Node, List<Double>> after = onFx(() -> geometry(w.getScene().getRoot()));
            for (var e : before.entrySet()) {
                List<Double> now = after.get(e.getKey());
                if (now != null && !same(e.getValue(), now)) {
                    found.add(name + ": focusing " + describe(c) + " moved " + describe(e.getKey()) + " from "
                            + e.getValue() + " to " + now);
                }
            }
        }
        if (!focused.contains(Button.class) || !focused.contains(TextField.class)) {
            found.add(name + ": no button or no text field could be focused (focused: " + focused + ")");
        }
        return found;
    }

    private static boolean same(List<Double> a, List<Double> b) {
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > 0.01) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\""
                : n instanceof TextInputControl t && t.getPromptText() != null
                        ? " (" + t.getPromptText() + ")" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }

    /** Every control under {@code root} (not the rows of lists and tables, which the list itself places). */
    private static List<Control> controls(Node root) {
        List<Control> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Control> found) {
        if (node instanceof VirtualFlow<?> || node instanceof ScrollBar) {
            return;
        }
        if (node instanceof Control c) {
            found.add(c);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Each shown control's size and its place in the window, or in the scrolled content it lies in. */
    private static Map<Node, List<Double>> geometry(Node root) {
        Map<Node, List<Double>> at = new HashMap<>();
        for (Control c : controls(root)) {
            if (!shown(c)) {
                continue;
            }
            Point2D p = c.localToScene(0, 0);
            for (Node up = c.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane sp && sp.getContent() != null) {
                    p = p.subtract(sp.getContent().localToScene(0, 0));
                    break;
                }
            }
            at.put(c, List.of(p.getX(), p.getY(), c.getWidth(), c.getHeight()));
        }
        return at;
    }

    private static <T> T onFx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
