package dk.henvis.ui.about;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Offer;
import dk.henvis.catalog.Version;
import dk.henvis.ui.UiServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What "Om Henvis" shows — the version, where the data and the logs are, and each catalogue source
 * with its size and age — and the same as plain text for IT support to paste into a ticket.
 */
public final class AboutViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", dk.henvis.i18n.Messages.DANISH);

    /** One catalogue source: how many offers it holds and when the newest of them last changed. */
    public record Source(String name, int offers, Instant updated) {
    }

    private final String version;
    private final Path dataFolder;
    private final Path logFolder;
    private final boolean readOnly;
    private final List<Source> sources;
    private final Clock clock;

    public AboutViewModel(String version, Path dataFolder, Path logFolder, boolean readOnly, List<Source> sources,
            Clock clock) {
        this.version = version;
        this.dataFolder = dataFolder;
        this.logFolder = logFolder;
        this.readOnly = readOnly;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /** Reads the catalogue's sources from the services (a quick query; the dialog opens on it). */
    public static AboutViewModel load(UiServices services) {
        return new AboutViewModel(Version.get(), services.dataFolder(), services.logFolder(), services.readOnly(),
                sources(services.offers().all()), services.clock());
    }

    static List<Source> sources(Collection<Offer> offers) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Instant> newest = new TreeMap<>();
        for (Offer o : offers) {
            String source = o.key().source();
            counts.computeIfAbsent(source, s -> new int[1])[0]++;
            Instant changed = o.provenance() == null ? null : o.provenance().lastChanged();
            if (changed != null) {
                newest.merge(source, changed, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Source> out = new ArrayList<>();
        counts.forEach((source, n) -> out.add(new Source(source, n[0], newest.get(source))));
        return out;
    }

    public String title() {
        return i18n("ui.about.title");
    }

    public String version() {
        return i18n("ui.about.version", version);
    }

    public String dataFolder() {
        return dataFolder.toAbsolutePath().toString();
    }

    public String logFolder() {
        return logFolder.toAbsolutePath().toString();
    }

    /** A warning when the data folder cannot be written, else empty. */
    public String readOnlyNotice() {
        return readOnly ? i18n("store.dataFolderReadOnly", dataFolder()) : "";
    }

    /** One line per source: "kommune: 96 tilbud, opdateret 27. november 2026 (i dag)". */
    public List<String> sourceLines() {
        if (sources.isEmpty()) {
            return List.of(i18n("ui.about.noSources"));
        }
        return sources.stream().map(this::line).toList();
    }

    private String line(Source s) {
        if (s.updated() == null) {
            return i18n("ui.about.sourceNoDate", s.name(), s.offers());
        }
        LocalDate day = LocalDate.ofInstant(s.updated(), clock.getZone());
        long days = ChronoUnit.DAYS.between(day, LocalDate.now(clock));
        String age = days <= 0 ? i18n("ui.about.today") : days == 1 ? i18n("ui.about.yesterday")
                : i18n("ui.about.daysAgo", days);
        return i18n("ui.about.source", s.name(), s.offers(), DATE.format(day), age);
    }

    /** Everything above as plain text, for the clipboard. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(version()).append('\n');
        b.append(i18n("ui.about.dataFolder")).append(' ').append(dataFolder()).append('\n');
        b.append(i18n("ui.about.logFolder")).append(' ').append(logFolder()).append('\n');
        b.append(i18n("ui.about.catalogue")).append('\n');
        sourceLines().forEach(l -> b.append("  ").append(l).append('\n'));
        if (readOnly) {
            b.append(readOnlyNotice()).append('\n');
        }
        b.append("Java ").append(System.getProperty("java.version")).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append('\n');
        return b.toString();
    }
}
