package dk.henvis.handout;

import java.awt.Color;

/**
 * How a piece of text is set: face, size in points, colour, and line height as a multiple of the size.
 */
public record TextStyle(boolean bold, float size, Color color, float lineHeight) {
    public static final Color INK = new Color(0x11, 0x11, 0x11);

    public TextStyle {
        if (size <= 0) {
            throw new IllegalArgumentException("size " + size);
        }
        color = color == null ? INK : color;
        lineHeight = lineHeight <= 0 ? 1.3f : lineHeight;
    }

    public static TextStyle regular(float size) {
        return new TextStyle(false, size, INK, 1.3f);
    }

    public static TextStyle bold(float size) {
        return new TextStyle(true, size, INK, 1.25f);
    }

    public TextStyle withColor(Color c) {
        return new TextStyle(bold, size, c, lineHeight);
    }

    public TextStyle withSize(float s) {
        return new TextStyle(bold, s, color, lineHeight);
    }

    /** The distance from one baseline to the next. */
    public float leading() {
        return size * lineHeight;
    }
}
