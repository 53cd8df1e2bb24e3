package dk.henvis.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferNotesTest {
    @TempDir
    Path dir;

    @Test
    void noteAndVerificationAreKeptTogetherAndABlankNoteKeepsTheDate() {
        OfferNotes notes = new OfferNotes(Database.open(dir.resolve("h.db")),
                Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));
        OfferKey key = new OfferKey("kommunen", "s1");

        notes.setNote(key, "  Ring til Bente før første gang ");
        notes.markVerified(key, LocalDate.of(2026, 11, 26));
        assertThat(notes.find(key).orElseThrow())
                .extracting(OfferNote::note, OfferNote::verifiedOn)
                .containsExactly("Ring til Bente før første gang", LocalDate.of(2026, 11, 26));

        notes.setNote(key, " ");
        assertThat(notes.find(key).orElseThrow().note()).isNull();
        assertThat(notes.find(key).orElseThrow().verifiedOn()).isEqualTo(LocalDate.of(2026, 11, 26));

        notes.markVerified(key, null);
        assertThat(notes.find(key)).isEmpty();
        assertThat(notes.all()).isEmpty();
    }
}
