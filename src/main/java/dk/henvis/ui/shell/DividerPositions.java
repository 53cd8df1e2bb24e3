package dk.henvis.ui.shell;

import dk.henvis.settings.Settings;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.SplitPane;

/** Remembers where the worker put a split pane's dividers (no citizen data), in the settings, like the window's bounds. */
final class DividerPositions {
    private DividerPositions() {
    }

    /** Puts the dividers where they were last, or leaves them at the screen's defaults when nothing sane is stored. */
    static void restore(SplitPane split, Settings settings, String key) {
        settings.get(key).map(DividerPositions::parse)
                .filter(p -> p.length == split.getDividers().size())
                .ifPresent(split::setDividerPositions);
    }

    static void save(SplitPane split, Settings settings, String key) {
        settings.put(key, format(split.getDividerPositions()));
    }

    static String format(double[] positions) {
        return Arrays.stream(positions).mapToObj(p -> String.format(Locale.ROOT, "%.4f", p))
                .collect(Collectors.joining(","));
    }

    /** The stored positions, or null when they are not rising numbers between 0 and 1. */
    static double[] parse(String text) {
        try {
            double[] p = Arrays.stream(text.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
            for (int i = 0; i < p.length; i++) {
                if (!(p[i] > 0 && p[i] < 1) || (i > 0 && p[i] <= p[i - 1])) {
                    return null;
                }
            }
            return p;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
