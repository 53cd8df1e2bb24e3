package dk.henvis.ui;

import java.util.function.BiConsumer;

/** The illustrative catalogue shipped with Henvis, loaded into an empty database on first start. */
public interface SampleCatalogPort {
    /** Loads it; {@code progress} receives (done, total) counts. Returns how many offers were loaded. */
    int load(BiConsumer<Long, Long> progress) throws Exception;

    /** True when offers from {@code source} are sample data. */
    boolean isSampleSource(String source);
}
