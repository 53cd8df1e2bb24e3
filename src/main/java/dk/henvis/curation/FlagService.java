package dk.henvis.curation;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.settings.ReferralUnits;
import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.PersonalData;
import dk.henvis.sync.Source;
import dk.henvis.sync.SourceStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback flags from the field. A worker flags an offer ("Holdet er flyttet til torsdag"); the flag is
 * kept locally and, at each sync, this installation's open flags are written as one flag file into the
 * coordinator's folder ({@code fejlmeldinger-<installation>.json}, rewritten whole and atomically, so
 * writing twice changes nothing). The coordinator imports the files in that folder, resolves flags and
 * writes the answer file ({@code fejlmeldinger-svar.json}) that the laptops read at their next sync.
 * See src/site/adr/0009-coord-flags-and-stale-watch.md.
 */
public final class FlagService {
    public static final String FILE_PREFIX = "fejlmeldinger-";
    public static final String RESOLUTIONS_FILE = "fejlmeldinger-svar.json";
    /** A flag file bigger than this is not a flag file. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(FlagService.class);

    private final FlagStore store;
    private final OfferStore offers;
    private final SourceStore sources;
    private final CoordinatorSettings settings;
    private final Clock clock;
    private volatile FlagExchangeReport lastExchange;

    public FlagService(FlagStore store, OfferStore offers, SourceStore sources, CoordinatorSettings settings,
            Clock clock) {
        this.store = store;
        this.offers = offers;
        this.sources = sources;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Flags an offer. The text must say what is wrong, in at most {@link FlagFile#MAX_TEXT} characters, and
     * must not hold a CPR number.
     */
    public Flag raise(OfferKey key, String text) {
        String t = checkText(text);
        Offer offer = offers.find(key)
                .orElseThrow(() -> new BadInputException(Messages.get("flags.error.unknownOffer", key.sourceId())));
        Flag flag = new Flag(UUID.randomUUID().toString(), key, offer.name(), t, today(),
                new ReferralUnits(settings.settings()).worker().orElse(null), settings.installationId(),
                Flag.Status.OPEN, null);
        store.add(flag);
        LOG.info("flag {} raised on {}", flag.id(), key);
        return flag;
    }

    /** The text a flag may carry, stripped; bad input with one Danish line when it may not. */
    public static String checkText(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            throw new BadInputException(Messages.get("flags.error.empty"));
        }
        if (t.length() > FlagFile.MAX_TEXT) {
            throw new BadInputException(Messages.get("flags.error.tooLong", t.length(), FlagFile.MAX_TEXT));
        }
        if (PersonalData.hasCpr(t)) {
            throw new BadInputException(Messages.get("flags.error.cpr"));
        }
        return t;
    }

    public List<Flag> all() {
        return store.all();
    }

    public List<Flag> open() {
        return store.open();
    }

    public List<Flag> forOffer(OfferKey key) {
        return store.forOffer(key);
    }

    /** Resolves one open flag; an unknown id (or one already resolved) is bad input. */
    public Flag resolve(String id) {
        if (!store.resolve(id, today())) {
            throw new BadInputException(Messages.get("flags.error.unknownFlag", id));
        }
        return store.find(id).orElseThrow();
    }

    /** Resolves every open flag about one offer; returns how many. */
    public int resolveOffer(OfferKey key) {
        Map<String, LocalDate> ids = new LinkedHashMap<>();
        store.forOffer(key).stream().filter(Flag::isOpen).forEach(f -> ids.put(f.id(), today()));
        return store.resolveAll(ids);
    }

    /** This installation's id (names its flag file). */
    public String installationId() {
        return settings.installationId();
    }

    /**
     * The coordinator's folder for flag files: the setting "Mappe til fejlmeldinger" when set; else, on the
     * coordinator's installation, the folder it publishes to; else the folder that holds the file or
     * package folder of the first enabled file-type sync source (where the coordinator publishes).
     */
    public Optional<Path> folder() {
        Optional<Path> set = settings.flagsFolder();
        return set.isPresent() ? set : defaultFolder();
    }

    /** The folder used when none is set (see {@link #folder()}). */
    public Optional<Path> defaultFolder() {
        if (settings.coordinatorMode() && settings.publishFolder().isPresent()) {
            return settings.publishFolder();
        }
        return sources.all().stream().filter(Source::enabled).filter(s -> !s.isHttp())
                .map(s -> localPath(s.location())).flatMap(Optional::stream)
                .map(p -> p.toAbsolutePath().getParent()).filter(p -> p != null).findFirst();
    }

    /**
     * Refuses a folder flag files cannot be exchanged in: one that does not exist, is not a folder or cannot
     * be written (the share not mounted, a typing error).
     */
    public static void requireUsableFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(Messages.get("flags.error.folderMissing", folder));
        }
        if (!Files.isWritable(folder)) {
            throw new BadInputException(Messages.get("flags.error.folderReadOnly", folder));
        }
    }

    public void setFolder(Path folder) {
        settings.setFlagsFolder(folder);
    }

    private static Optional<Path> localPath(String location) {
        try {
            if (location.regionMatches(true, 0, "file:", 0, 5)) {
                return Optional.of(Path.of(URI.create(location)));
            }
            return Optional.of(Path.of(location));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Exchanges flags with the coordinator's folder: on the coordinator's installation (coordinator mode)
     * {@link #collect(Path)}, on a worker's {@link #send(Path)}. Never throws for a missing folder or a bad
     * file: the report says what went wrong.
     */
    public FlagExchangeReport exchange() {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return FlagExchangeReport.noFolder();
        }
        return settings.coordinatorMode() ? collect(folder.get()) : send(folder.get());
    }

    /** The exchange run after a sync ({@code SyncService.addAfterSync}); remembered for {@link #lastExchange()}. */
    public FlagExchangeReport exchangeAfterSync() {
        FlagExchangeReport r = exchange();
        lastExchange = r;
        return r;
    }

    /** What the last exchange after a sync did, if one ran. */
    public Optional<FlagExchangeReport> lastExchange() {
        return Optional.ofNullable(lastExchange);
    }

    /** True on the coordinator's installation (coordinator mode). */
    public boolean coordinatorMode() {
        return settings.coordinatorMode();
    }

    /**
     * A worker's half: reads the coordinator's answer file (marking the flags it names resolved), then
     * writes this installation's open flags as its flag file. Nothing is written while there is nothing to
     * tell and no earlier file.
     */
    public FlagExchangeReport send(Path folder) {
        List<String> problems = new ArrayList<>();
        int resolved = 0;
        Path answer = folder.resolve(RESOLUTIONS_FILE);
        if (Files.isRegularFile(answer)) {
            try {
                resolved = store.resolveAll(ResolutionFile.read(answer.getFileName().toString(), readSmall(answer)));
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            }
        }
        List<Flag> open = store.openFrom(installationId());
        Path own = folder.resolve(ownFileName());
        int sent = 0;
        if (!open.isEmpty() || Files.exists(own)) {
            try {
                writeFlagFile(own, open);
                sent = open.size();
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            }
        }
        LOG.info("flag exchange (worker): {} sent, {} resolved, {} problems", sent, resolved, problems.size());
        return new FlagExchangeReport(folder, sent, 0, resolved, problems);
    }

    /**
     * The coordinator's half: imports every laptop's flag file in the folder (each whole or not at all; a
     * malformed or newer file is reported by name and skipped), then writes the answer file with every
     * resolved flag the laptops raised.
     */
    public FlagExchangeReport collect(Path folder) {
        List<String> problems = new ArrayList<>();
        int imported = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(FlagService::isFlagFile).sorted().toList();
        } catch (IOException e) {
            problems.add(Messages.get("flags.error.folder", folder, String.valueOf(e.getMessage())));
            return new FlagExchangeReport(folder, 0, 0, 0, problems);
        }
        String self = ownFileName();
        for (Path f : files) {
            if (f.getFileName().toString().equals(self)) {
                continue;
            }
            try {
                imported += importContent(FlagFile.read(f.getFileName().toString(), readSmall(f)));
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            }
        }
        int answered = 0;
        List<Flag> resolved = store.resolvedNotFrom(installationId());
        Path answer = folder.resolve(RESOLUTIONS_FILE);
        if (!resolved.isEmpty() || Files.exists(answer)) {
            try {
                byte[] bytes = ResolutionFile.write(today(), resolved).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(answer, AtomicFiles.EXPORT, bytes);
                answered = resolved.size();
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            }
        }
        LOG.info("flag exchange (coordinator): {} files, {} new flags, {} resolutions, {} problems", files.size(),
                imported, answered, problems.size());
        return new FlagExchangeReport(folder, 0, imported, answered, problems);
    }

    /** Writes this installation's open flags to {@code file} (for {@code flags export}); returns how many. */
    public int exportTo(Path file) {
        List<Flag> open = store.openFrom(installationId());
        writeFlagFile(file, open);
        return open.size();
    }

    /**
     * Imports flag files named on the command line: all or nothing (every file is read and checked before
     * any flag is stored). Returns how many flags were new.
     */
    public int importFiles(List<Path> files) {
        List<Flag> all = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new BadInputException(Messages.get("flags.error.noFile", f));
            }
            all.addAll(mapToLocal(FlagFile.read(f.getFileName().toString(), readSmall(f)).flags()));
        }
        return store.addMissing(all);
    }

    private int importContent(FlagFile.Content content) {
        return store.addMissing(mapToLocal(content.flags()));
    }

    /**
     * A flag names the offer by the laptop's source name and the offer's id, which is the id the coordinator
     * published: when exactly one offer here has that id, the flag is filed under it.
     */
    private List<Flag> mapToLocal(List<Flag> flags) {
        List<Flag> out = new ArrayList<>(flags.size());
        for (Flag f : flags) {
            if (offers.find(f.offer()).isPresent()) {
                out.add(f);
                continue;
            }
            List<Offer> hits = offers.findById(f.offer().sourceId());
            out.add(hits.size() == 1 ? f.withOffer(hits.get(0).key()) : f);
        }
        return out;
    }

    private void writeFlagFile(Path file, List<Flag> flags) {
        byte[] bytes = FlagFile.write(installationId(), today(), flags).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, AtomicFiles.EXPORT, bytes);
    }

    private String ownFileName() {
        return FILE_PREFIX + installationId() + ".json";
    }

    private static boolean isFlagFile(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(FILE_PREFIX) && name.endsWith(".json") && !name.equals(RESOLUTIONS_FILE)
                && Files.isRegularFile(p);
    }

    private static String readSmall(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadInputException(Messages.get("flags.file.tooBig", file.getFileName(),
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(Messages.get("flags.error.read", file, String.valueOf(e.getMessage())), e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
