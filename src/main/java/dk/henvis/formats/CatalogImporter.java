package dk.henvis.formats;

import dk.henvis.formats.common.CatalogReader;
import dk.henvis.formats.common.ImportErrors;
import dk.henvis.formats.common.NotUtf8Exception;
import dk.henvis.formats.hsds.DataPackage;
import dk.henvis.formats.hsds.HsdsJsonReader;
import dk.henvis.formats.hsds.HsdsPackageReader;
import dk.henvis.formats.kultunaut.KultunautJsonReader;
import dk.henvis.formats.kultunaut.KultunautXmlReader;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.DuplicateOfferException;
import dk.henvis.catalog.ImportSummary;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.SafeLinks;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports catalogue files into the store: the format of each file is detected from its content (or
 * given), and every file of one call lands in one transaction — all or nothing. Any problem with a file
 * is a {@link BadInputException} whose one line names the file and the record or line.
 */
public final class CatalogImporter {
    private final OfferStore store;
    private final Clock clock;
    private final FormatDetector detector = new FormatDetector();

    public CatalogImporter(OfferStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Imports all files as one source in one transaction (new and changed offers; others are kept). */
    public ImportSummary importFiles(String sourceName, List<Path> files) {
        List<SourceFormat> formats = new ArrayList<>();
        for (Path f : files) {
            formats.add(detector.detect(f));
        }
        int[] dropped = {0};
        ImportSummary summary = store.write(sourceName, OfferStore.Mode.MERGE, clock.instant(), sink -> {
            for (int i = 0; i < files.size(); i++) {
                dropped[0] += read(files.get(i), formats.get(i), sourceName, sink);
            }
        });
        return summary.withDroppedLinks(dropped[0]);
    }

    /**
     * Imports one file as the whole or part of a source. With {@link OfferStore.Mode#WITHDRAW_MISSING} the
     * source's offers that the file no longer holds are marked withdrawn (a sync).
     *
     * @param formatOrNull the format, or null to detect it from the content
     */
    public ImportSummary importFile(String sourceName, Path file, SourceFormat formatOrNull, OfferStore.Mode mode) {
        SourceFormat format = formatOrNull != null ? formatOrNull : detector.detect(file);
        int[] dropped = {0};
        ImportSummary summary = store.write(sourceName, mode, clock.instant(),
                sink -> dropped[0] = read(file, format, sourceName, sink));
        return summary.withDroppedLinks(dropped[0]);
    }

    /** The file's format as detected from its content. */
    public SourceFormat detect(Path file) {
        return detector.detect(file);
    }

    /**
     * Reads a file's offers without storing them (for previews and checks). A same id twice is bad input
     * here too.
     */
    public List<Offer> readAll(String sourceName, Path file, SourceFormat formatOrNull) {
        SourceFormat format = formatOrNull != null ? formatOrNull : detector.detect(file);
        List<Offer> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        read(file, format, sourceName, o -> {
            if (!seen.add(o.key().sourceId())) {
                throw new DuplicateOfferException(o.key());
            }
            out.add(o);
        });
        return out;
    }

    /** Reads the file into the sink; returns how many unsafe links were left out of its offers. */
    private static int read(Path file, SourceFormat format, String source, Consumer<Offer> sink) {
        if (!Files.exists(file)) {
            throw new BadInputException(Messages.get("import.error.notFound", file));
        }
        Counted counted = new Counted(file, sink);
        try {
            reader(format).read(file, source, counted);
            return counted.droppedLinks;
        } catch (NotUtf8Exception e) {
            throw ImportErrors.notUtf8(file, e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(Messages.get("import.error.notFound", file), e);
        } catch (AccessDeniedException e) {
            throw ImportErrors.unreadable(file, e);
        } catch (java.util.zip.ZipException e) {
            throw DataPackage.brokenZip(file, e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ImportErrors.unreadable(file, e);
        }
    }

    /**
     * Numbers the records for the duplicate-id message, and passes the store's {@link OfferStore.RecordSink}
     * through, so a reader can skip records that did not change since the last write.
     */
    private static final class Counted implements OfferStore.RecordSink {
        private final Path file;
        private final Consumer<Offer> sink;
        private final OfferStore.RecordSink records;
        private int record;
        private int droppedLinks;

        Counted(Path file, Consumer<Offer> sink) {
            this.file = file;
            this.sink = sink;
            this.records = sink instanceof OfferStore.RecordSink r ? r : null;
        }

        @Override
        public boolean keepIfUnchanged(String sourceId, String fingerprint) {
            if (records == null) {
                return false;
            }
            record++;
            try {
                if (records.keepIfUnchanged(sourceId, fingerprint)) {
                    return true;
                }
            } catch (DuplicateOfferException e) {
                throw duplicate(e);
            }
            record--;
            return false;
        }

        @Override
        public void accept(Offer offer) {
            accept(offer, null);
        }

        @Override
        public void accept(Offer read, String fingerprint) {
            record++;
            Offer offer = safeLinks(read);
            try {
                if (records != null && fingerprint != null) {
                    records.accept(offer, fingerprint);
                } else {
                    sink.accept(offer);
                }
            } catch (DuplicateOfferException e) {
                throw duplicate(e);
            }
        }

        /** The offer without links a citizen must never be sent to (javascript:, data: and the like). */
        private Offer safeLinks(Offer offer) {
            Offer.Builder b = null;
            if (offer.url() != null && !offer.url().isBlank() && SafeLinks.shown(offer.url()) == null) {
                droppedLinks++;
                b = offer.toBuilder().url(null);
            }
            Organisation org = offer.organisation();
            if (org != null && org.url() != null && !org.url().isBlank() && SafeLinks.shown(org.url()) == null) {
                droppedLinks++;
                b = (b == null ? offer.toBuilder() : b)
                        .organisation(new Organisation(org.id(), org.name(), org.description(), null));
            }
            return b == null ? offer : b.build();
        }

        private BadInputException duplicate(DuplicateOfferException e) {
            return new BadInputException(Messages.get("import.error.duplicate", file, record, e.key().sourceId()), e);
        }
    }

    private static CatalogReader reader(SourceFormat format) {
        return switch (format) {
            case HSDS_JSON -> new HsdsJsonReader();
            case HSDS_PACKAGE -> new HsdsPackageReader();
            case KULTUNAUT_JSON -> new KultunautJsonReader();
            case KULTUNAUT_XML -> new KultunautXmlReader();
        };
    }
}
