package dk.henvis.handout;

import java.util.List;

/**
 * A rendered handout.
 *
 * @param pdf      the one-page PDF
 * @param bodySize the body text size the layout settled on, in points
 * @param lines    every line of text as placed (logical order), shortened where it had to be
 */
public record Handout(byte[] pdf, float bodySize, List<String> lines) {
    public Handout {
        lines = List.copyOf(lines);
    }
}
