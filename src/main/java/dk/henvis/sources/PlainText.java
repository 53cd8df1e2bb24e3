package dk.henvis.sources;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Turns source text into the plain text Henvis stores: markup dropped, whitespace tidied. */
public final class PlainText {
    private PlainText() {
    }

    /** One-line text: runs of any whitespace (tabs, no-break spaces, line breaks) become one space; blank is null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = collapse(text).strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Text that may hold HTML, as plain text: tags dropped, entities decoded, paragraphs and line breaks
     * kept as line breaks, other whitespace tidied. Blank is null.
     */
    public static String fromHtml(String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return paragraphs(text);
        }
        StringBuilder sb = new StringBuilder(text.length());
        Element body = Jsoup.parseBodyFragment(text).body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    sb.append('\n');
                } else if (node instanceof Element e && e.normalName().equals("li")) {
                    sb.append("\n- ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && !e.normalName().equals("li") && depth > 0) {
                    sb.append("\n\n");
                }
            }
        });
        return paragraphs(sb.toString());
    }

    /** Keeps line breaks (at most one empty line in a row), tidies whitespace within lines. */
    private static String paragraphs(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder sb = new StringBuilder(text.length());
        int blank = 0;
        for (String line : lines) {
            String l = collapse(line).strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(blank > 0 ? "\n\n" : "\n");
            }
            sb.append(l);
            blank = 0;
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String collapse(String s) {
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
            if (ws) {
                if (sb == null) {
                    if (c == ' ' && !space) {
                        space = true;
                        continue;
                    }
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                space = false;
                if (sb != null) {
                    sb.append(c);
                }
            }
        }
        if (sb != null) {
            return sb.toString();
        }
        return s;
    }
}
