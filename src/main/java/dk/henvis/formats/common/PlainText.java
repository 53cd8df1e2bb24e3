package dk.henvis.formats.common;

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
        String simple = simpleMarkup(text);
        if (simple != null) {
            return paragraphs(simple);
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
                } else if (node instanceof Element e && e.isBlock() && depth > 0) {
                    sb.append("\n\n");
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

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "table", "tr", "blockquote", "section", "article", "header", "footer", "pre", "hr");

    /**
     * The common case of source descriptions — plain tags such as p, br, b, i, a, li without scripts,
     * styles or comments — converted without building a document (the importer meets 100,000s of them).
     * Null when the markup needs the full HTML parser.
     */
    private static String simpleMarkup(String html) {
        StringBuilder sb = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                sb.append(c);
                i++;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0 || i + 1 >= n) {
                return null;
            }
            boolean end = html.charAt(i + 1) == '/';
            int nameStart = end ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < close && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || html.indexOf('<', i + 1) < close && html.indexOf('<', i + 1) >= 0) {
                return null;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
            if (name.equals("script") || name.equals("style") || name.equals("textarea") || name.equals("title")) {
                return null;
            }
            if (name.equals("br")) {
                sb.append('\n');
            } else if (name.equals("li") && !end) {
                sb.append("\n- ");
            } else if (BLOCKS.contains(name)) {
                sb.append("\n\n");
            }
            i = close + 1;
        }
        String out = sb.toString();
        return out.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(out, false) : out;
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
