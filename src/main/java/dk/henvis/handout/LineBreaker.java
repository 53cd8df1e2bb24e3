package dk.henvis.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, at spaces. When the text needs more than the allowed
 * lines, the last line ends with "…" after a whole word; a trailing comma or dash goes before the
 * ellipsis. Only a single word wider than a whole line (a long web address) is broken inside itself,
 * since nothing else keeps it on the page.
 */
public final class LineBreaker {
    public static final String ELLIPSIS = "\u2026";

    /** The width of a text in points. */
    @FunctionalInterface
    public interface Measure {
        float width(String text);
    }

    private LineBreaker() {
    }

    /** At most {@code maxLines} lines, each no wider than {@code width}; empty for empty text. */
    public static List<String> wrap(String text, Measure measure, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines <= 0) {
            return lines;
        }
        String[] words = text.strip().split(" +");
        float space = measure.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        boolean truncated = false;
        int i = 0;
        while (i < words.length) {
            String word = words[i];
            float w = measure.width(word);
            if (line.length() == 0) {
                if (w <= width) {
                    line.append(word);
                    lineWidth = w;
                    i++;
                } else {
                    // a word longer than a whole line: break it where it must break
                    int cut = longestFittingPrefix(word, measure, width);
                    lines.add(word.substring(0, cut));
                    words[i] = word.substring(cut);
                }
            } else if (lineWidth + space + w <= width) {
                line.append(' ').append(word);
                lineWidth += space + w;
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (lines.size() > maxLines || lines.size() == maxLines && (line.length() > 0 || i < words.length)) {
                truncated = true;
                break;
            }
        }
        if (!truncated && line.length() > 0) {
            lines.add(line.toString());
        }
        if (truncated) {
            while (lines.size() > maxLines) {
                lines.remove(lines.size() - 1);
            }
            lines.set(maxLines - 1, withEllipsis(lines.get(maxLines - 1), measure, width));
        }
        return lines;
    }

    /** {@code line} shortened at a word boundary until it and "…" fit. */
    static String withEllipsis(String line, Measure measure, float width) {
        String s = trimEnd(line);
        while (!s.isEmpty() && measure.width(s + ELLIPSIS) > width) {
            int cut = s.lastIndexOf(' ');
            if (cut > 0) {
                s = trimEnd(s.substring(0, cut));
            } else {
                s = s.substring(0, s.offsetByCodePoints(s.length(), -1)); // one word wider than the line
            }
        }
        return s + ELLIPSIS;
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && " ,;:-\u2013\u2014.".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static int longestFittingPrefix(String word, Measure measure, float width) {
        int best = word.offsetByCodePoints(0, 1); // always make progress
        while (best < word.length()) {
            int next = word.offsetByCodePoints(best, 1);
            if (measure.width(word.substring(0, next)) > width) {
                break;
            }
            best = next;
        }
        return best;
    }
}
