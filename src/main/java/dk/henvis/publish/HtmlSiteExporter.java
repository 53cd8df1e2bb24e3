package dk.henvis.publish;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.handout.HandoutTexts;
import dk.henvis.handout.OfferText;
import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.SafeLinks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the static citizen web pages ("Fællesskaber i Frederikssund Kommune"): {@code index.html} (offers by
 * town), {@code kategorier.html} (by category and by focus level), one page per offer under {@code tilbud/}
 * with a ready-to-paste Facebook text, and the stylesheet {@code henvis.css}. No script is needed anywhere.
 * Every text from an offer goes through jsoup's text nodes, so it is escaped. The folder is replaced whole
 * via {@link AtomicFiles}; on failure the pages published before stay as they were.
 */
public final class HtmlSiteExporter {
    static final String INDEX = "index.html";
    static final String CATEGORIES = "kategorier.html";
    static final String STYLESHEET = "henvis.css";
    static final String OFFERS = "tilbud";

    private final LocalDate today;
    private final Collator collator = Collator.getInstance(Messages.DANISH);

    public HtmlSiteExporter(LocalDate today) {
        this.today = today;
    }

    /** Writes the pages for the ACTIVE offers among {@code offers} into the folder {@code dir}. */
    public void export(List<Offer> offers, Path dir) {
        List<Offer> active = offers.stream().filter(Offer::isActive)
                .sorted(Comparator.comparing((Offer o) -> o.name().strip(), collator)).toList();
        Map<Offer, String> files = fileNames(active);
        AtomicFiles.replaceFolder(dir, HtmlSiteExporter::isSite, tmp -> {
            copyStylesheet(tmp.resolve(STYLESHEET));
            write(tmp.resolve(INDEX), index(active, files));
            write(tmp.resolve(CATEGORIES), categories(active, files));
            Path offerDir = Files.createDirectory(tmp.resolve(OFFERS));
            for (Offer o : active) {
                write(offerDir.resolve(files.get(o)), offerPage(o, files));
            }
        });
    }

    /** A folder this exporter wrote before (so it may be replaced). */
    static boolean isSite(Path folder) {
        return Files.isRegularFile(folder.resolve(INDEX)) && Files.isRegularFile(folder.resolve(STYLESHEET));
    }

    /** "frederikssund-hsds-strikkecafe-12.html": lower-case ASCII letters, digits and hyphens, unique. */
    static Map<Offer, String> fileNames(List<Offer> offers) {
        Map<Offer, String> names = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Offer o : offers) {
            String base = slug(o.key().source() + "-" + o.key().sourceId());
            int n = used.merge(base, 1, Integer::sum);
            names.put(o, (n == 1 ? base : base + "-" + n) + ".html");
        }
        return names;
    }

    static String slug(String text) {
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT)
                        .replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
            "[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[A-Za-z]{2,}");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9][0-9 \\u00a0.-]{6,}[0-9]");

    /** The contact parts, an e-mail address as a {@code mailto:} link and a phone number as a {@code tel:} link. */
    static void contactLinks(Element dd, List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                dd.appendText(", ");
            }
            String part = parts.get(i);
            java.util.regex.Matcher mail = EMAIL.matcher(part);
            java.util.regex.Matcher phone = PHONE.matcher(part);
            if (mail.find()) {
                dd.appendText(part.substring(0, mail.start()));
                dd.appendElement("a").attr("href", "mailto:" + mail.group()).text(mail.group());
                dd.appendText(part.substring(mail.end()));
            } else if (phone.find()) {
                dd.appendText(part.substring(0, phone.start()));
                dd.appendElement("a").attr("href", "tel:" + telephone(phone.group())).text(phone.group());
                dd.appendText(part.substring(phone.end()));
            } else {
                dd.appendText(part);
            }
        }
    }

    /** A dialable number: a Danish eight-digit number with +45, any other as its digits (and a leading +). */
    static String telephone(String shown) {
        String digits = shown.replaceAll("[^0-9+]", "");
        if (digits.matches("[0-9]{8}")) {
            return "+45" + digits;
        }
        if (digits.startsWith("0045")) {
            return "+" + digits.substring(2);
        }
        return digits;
    }

    // ----- pages

    private Document index(List<Offer> offers, Map<Offer, String> files) {
        Document doc = page(Messages.get("export.html.title"), "");
        Element main = doc.getElementById("indhold");
        main.appendElement("h1").text(Messages.get("export.html.title"));
        main.appendElement("p").text(Messages.get("export.html.intro", offers.size()));
        main.appendElement("p").appendElement("a").attr("href", CATEGORIES)
                .text(Messages.get("export.html.byCategoryLink"));
        groupedList(main, Messages.get("export.html.townsHeading"), "by-",
                group(offers, HtmlSiteExporter::town), files, "", true);
        return doc;
    }

    private Document categories(List<Offer> offers, Map<Offer, String> files) {
        Document doc = page(Messages.get("export.html.categoriesTitle"), "");
        Element main = doc.getElementById("indhold");
        main.appendElement("h1").text(Messages.get("export.html.categoriesTitle"));
        main.appendElement("p").appendElement("a").attr("href", INDEX).text(Messages.get("export.html.byTownLink"));
        Map<String, List<Offer>> byCategory = new TreeMap<>(collator);
        for (Offer o : offers) {
            List<String> cats = o.categories().stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                    .distinct().toList();
            if (cats.isEmpty()) {
                cats = List.of(Messages.get("export.html.noCategory"));
            }
            for (String c : cats) {
                byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(o);
            }
        }
        Element cat = main.appendElement("section").attr("aria-labelledby", "kategorier");
        cat.appendElement("h2").id("kategorier").text(Messages.get("export.html.categoriesHeading"));
        groupedList(cat, Messages.get("export.html.tocHeading"), "kategori-", byCategory, files, "", false);
        Map<String, List<Offer>> byFocus = new LinkedHashMap<>();
        for (FocusLevel level : FocusLevel.values()) {
            List<Offer> in = offers.stream().filter(o -> o.focus() == level).toList();
            if (!in.isEmpty()) {
                byFocus.put(focusLabel(level), in);
            }
        }
        List<Offer> unknown = offers.stream().filter(o -> o.focus() == null).toList();
        if (!unknown.isEmpty()) {
            byFocus.put(Messages.get("export.html.focus.unknown"), unknown);
        }
        Element focus = main.appendElement("section").attr("aria-labelledby", "indsats");
        focus.appendElement("h2").id("indsats").text(Messages.get("export.html.focusHeading"));
        groupedList(focus, null, "indsats-", byFocus, files, "", false);
        return doc;
    }

    /** A table of contents (when titled) and one section per group, each a list of offer links. */
    private void groupedList(Element parent, String tocTitle, String idPrefix, Map<String, List<Offer>> groups,
            Map<Offer, String> files, String base, boolean topLevel) {
        String heading = topLevel ? "h2" : "h3";
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (String g : groups.keySet()) {
            String id = idPrefix + slug(g);
            int n = used.merge(id, 1, Integer::sum);
            ids.put(g, n == 1 ? id : id + "-" + n);
        }
        if (tocTitle != null) {
            Element nav = parent.appendElement("nav").attr("aria-labelledby", idPrefix + "indhold");
            nav.appendElement(heading).id(idPrefix + "indhold").text(tocTitle);
            Element ul = nav.appendElement("ul").addClass("toc");
            groups.forEach((g, list) -> ul.appendElement("li").appendElement("a").attr("href", "#" + ids.get(g))
                    .text(Messages.get("export.html.groupCount", g, list.size())));
        }
        groups.forEach((g, list) -> {
            Element section = parent.appendElement("section").attr("aria-labelledby", ids.get(g));
            section.appendElement(heading).id(ids.get(g)).text(g);
            Element ul = section.appendElement("ul").addClass("offers");
            for (Offer o : list) {
                Element li = ul.appendElement("li");
                li.appendElement("a").attr("href", base + OFFERS + "/" + files.get(o)).text(o.name().strip());
                String meta = meta(o);
                if (!meta.isEmpty()) {
                    li.appendElement("span").addClass("meta").text(meta);
                }
            }
        });
    }

    /** "Sang og musik · For alle". */
    private static String meta(Offer o) {
        List<String> parts = new ArrayList<>();
        o.categories().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct()
                .forEach(parts::add);
        if (o.focus() != null) {
            parts.add(focusLabel(o.focus()));
        }
        return String.join(" · ", parts);
    }

    private Document offerPage(Offer o, Map<Offer, String> files) {
        OfferText t = HandoutTexts.of(o, today);
        Document doc = page(o.name().strip() + " – " + Messages.get("export.html.title"), "../");
        Element main = doc.getElementById("indhold");
        main.appendElement("h1").text(t.name());
        if (o.description() != null && !o.description().isBlank()) {
            for (String para : o.description().strip().split("\\n\\s*\\n")) {
                main.appendElement("p").text(para.strip());
            }
        }
        Element dl = main.appendElement("dl").addClass("facts");
        if (!t.when().isEmpty()) {
            Element dd = fact(dl, Messages.get("export.html.label.when"));
            Element ul = dd.appendElement("ul");
            t.when().forEach(w -> ul.appendElement("li").text(w));
        }
        Location loc = o.primaryLocation();
        if (t.where() != null) {
            fact(dl, Messages.get("export.html.label.where")).text(t.where());
        }
        if (t.transport() != null) {
            fact(dl, Messages.get("export.html.label.transport")).text(t.transport());
        }
        if (loc != null && !loc.online()) {
            String access = access(loc);
            if (access != null) {
                fact(dl, Messages.get("export.html.label.access")).text(access);
            }
        }
        fact(dl, Messages.get("export.html.label.price")).text(t.price());
        if (!t.contact().isEmpty()) {
            contactLinks(fact(dl, Messages.get("export.html.label.contact")), t.contact());
        }
        if (t.dropIn() != null) {
            fact(dl, Messages.get("export.html.label.dropIn")).text(t.dropIn());
        }
        if (o.organisation().name() != null && !o.organisation().name().isBlank()) {
            fact(dl, Messages.get("export.html.label.organisation")).text(o.organisation().name().strip());
        }
        String meta = meta(o);
        if (!meta.isEmpty()) {
            fact(dl, Messages.get("export.html.label.category")).text(meta);
        }
        String url = safeUrl(t.url());
        if (url != null) {
            main.appendElement("p").appendElement("a").attr("href", url)
                    .text(Messages.get("export.html.moreInfo"));
        }
        Element fb = main.appendElement("section").addClass("facebook").attr("aria-labelledby", "facebook");
        fb.appendElement("h2").id("facebook").text(Messages.get("export.html.facebookHeading"));
        fb.appendElement("p").appendElement("label").attr("for", "facebook-tekst")
                .text(Messages.get("export.html.facebookHelp"));
        fb.appendElement("textarea").id("facebook-tekst").attr("readonly", true).attr("rows", "10")
                .attr("cols", "60").text(facebookText(t, url));
        main.appendElement("p").appendElement("a").attr("href", "../" + INDEX)
                .text(Messages.get("export.html.back"));
        return doc;
    }

    private static Element fact(Element dl, String label) {
        dl.appendElement("dt").text(label);
        return dl.appendElement("dd");
    }

    /** The text a web editor pastes into a Facebook post: plain lines, no markup. */
    static String facebookText(OfferText t, String url) {
        List<String> lines = new ArrayList<>();
        lines.add(t.name());
        if (t.summary() != null) {
            lines.add(t.summary());
        }
        lines.add("");
        if (!t.when().isEmpty()) {
            lines.add(Messages.get("export.html.fb.when", String.join("; ", t.when())));
        }
        if (t.where() != null) {
            lines.add(Messages.get("export.html.fb.where", t.where()));
        }
        lines.add(Messages.get("export.html.fb.price", t.price()));
        if (t.dropIn() != null) {
            lines.add(t.dropIn());
        }
        if (!t.contact().isEmpty()) {
            lines.add(Messages.get("export.html.fb.contact", String.join(", ", t.contact())));
        }
        if (url != null) {
            lines.add(Messages.get("export.html.fb.link", url));
        }
        return String.join("\n", lines).replace('\u00A0', ' ');
    }

    private static String access(Location loc) {
        String own = loc.accessibility() == null || loc.accessibility().isBlank() ? null : loc.accessibility().strip();
        if (loc.access() == Access.STEP_FREE) {
            return own == null ? Messages.get("export.access.stepFree") : own;
        }
        if (loc.access() == Access.NOT_STEP_FREE) {
            return own == null ? Messages.get("export.access.notStepFree") : own;
        }
        return own;
    }

    /** Only web and mail links are made clickable: a {@code javascript:} url from a source never is. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        return SafeLinks.shown(url);
    }

    static String town(Offer o) {
        Location loc = o.primaryLocation();
        if (loc == null) {
            return Messages.get("export.html.noTown");
        }
        if (loc.online()) {
            return Messages.get("handout.online");
        }
        return loc.city() == null || loc.city().isBlank() ? Messages.get("export.html.noTown") : loc.city().strip();
    }

    static String focusLabel(FocusLevel level) {
        return switch (level) {
            case FOREBYG -> Messages.get("export.html.focus.forebyg");
            case TIDLIG -> Messages.get("export.html.focus.tidlig");
            case STOETTE -> Messages.get("export.html.focus.stoette");
        };
    }

    private Map<String, List<Offer>> group(List<Offer> offers, Function<Offer, String> key) {
        Map<String, List<Offer>> groups = new TreeMap<>(collator);
        for (Offer o : offers) {
            groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o);
        }
        return groups;
    }

    // ----- frame

    /** The common frame: language, charset, viewport, stylesheet, skip link, site header, footer. */
    private Document page(String title, String base) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html).prettyPrint(true);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "da");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", base + STYLESHEET);
        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#indhold").text(Messages.get("export.html.skip"));
        Element header = body.appendElement("header");
        header.appendElement("p").addClass("site").appendElement("a").attr("href", base + INDEX)
                .text(Messages.get("export.html.title"));
        Element nav = header.appendElement("nav").attr("aria-label", Messages.get("export.html.navLabel"));
        Element ul = nav.appendElement("ul");
        ul.appendElement("li").appendElement("a").attr("href", base + INDEX).text(Messages.get("export.html.byTown"));
        ul.appendElement("li").appendElement("a").attr("href", base + CATEGORIES)
                .text(Messages.get("export.html.byCategory"));
        body.appendElement("main").id("indhold");
        body.appendElement("footer").appendElement("p")
                .text(Messages.get("export.html.footer", HandoutTexts.date(today, null, true)));
        return doc;
    }

    private static void write(Path file, Document doc) throws IOException {
        Files.writeString(file, doc.outerHtml() + "\n", StandardCharsets.UTF_8);
    }

    private static void copyStylesheet(Path target) throws IOException {
        try (InputStream in = HtmlSiteExporter.class.getResourceAsStream("/publish/henvis.css")) {
            if (in == null) {
                throw new IOException("henvis.css missing from the program");
            }
            Files.copy(in, target);
        }
    }
}
