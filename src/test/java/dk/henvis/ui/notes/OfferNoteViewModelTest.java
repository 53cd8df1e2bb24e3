package dk.henvis.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.OfferKey;
import dk.henvis.sync.ProgressListener;
import dk.henvis.sync.SyncService;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import dk.henvis.ui.sources.HsdsFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferNoteViewModelTest {
    private static final OfferKey KOR = new OfferKey("kommunen", "1");

    @TempDir
    Path dir;

    @Test
    void aNoteAndThePhoneCheckAreShownAgainAfterSyncsThatChangeAndWithdrawTheOffer() throws Exception {
        TestUiServices services = new TestUiServices(dir);
        SyncService sync = services.sync();
        Path file = HsdsFiles.write(dir.resolve("k.json"), List.of(HsdsFiles.service("1", "Seniorkor")));
        services.sources().add("kommunen", "hsds-json", file.toString());
        sync.syncAll(ProgressListener.NONE);

        OfferNoteViewModel model = new OfferNoteViewModel(services.offerNotes(),
                new SameThreadTaskExecutor(), services.clock());
        model.load(KOR);
        assertThat(model.savedNoteProperty().get()).isEmpty();
        model.noteProperty().set("Ring til Bente før første gang");
        model.verifiedProperty().set(true);
        assertThat(model.verifiedOnProperty().get()).as("ticking proposes today").isEqualTo(LocalDate.of(2026, 11, 27));
        model.verifiedOnProperty().set(LocalDate.of(2026, 11, 20));
        assertThat(model.dirty()).isTrue();
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("Gemt");
        assertThat(model.dirty()).isFalse();

        // the source changes the offer, then drops it, then brings it back
        HsdsFiles.write(file, List.of(HsdsFiles.service("1", "Seniorkoret Solsikken")));
        sync.syncAll(ProgressListener.NONE);
        HsdsFiles.write(file, List.of(HsdsFiles.service("2", "Skak")));
        sync.syncAll(ProgressListener.NONE);
        assertThat(services.offers().isWithdrawn(KOR)).isTrue();
        HsdsFiles.write(file, List.of(HsdsFiles.service("1", "Seniorkoret Solsikken"), HsdsFiles.service("2", "Skak")));
        sync.syncAll(ProgressListener.NONE);
        assertThat(services.offers().find(KOR).orElseThrow().name()).isEqualTo("Seniorkoret Solsikken");

        OfferNoteViewModel later = new OfferNoteViewModel(services.offerNotes(),
                new SameThreadTaskExecutor(), services.clock());
        later.load(KOR);
        assertThat(later.savedNoteProperty().get()).isEqualTo("Ring til Bente før første gang");
        assertThat(later.savedVerifiedProperty().get()).isEqualTo("Verificeret pr. telefon 20.11.2026");
        assertThat(later.verifiedProperty().get()).isTrue();
    }

    @Test
    void clearingTheNoteAndTheTickRemovesThem() {
        TestUiServices services = new TestUiServices(dir);
        OfferNoteViewModel model = new OfferNoteViewModel(services.offerNotes(),
                new SameThreadTaskExecutor(), services.clock());
        model.load(KOR);
        model.noteProperty().set("Ring først");
        model.verifiedProperty().set(true);
        model.save();
        model.noteProperty().set("  ");
        model.verifiedProperty().set(false);
        model.save();
        assertThat(services.offerNotes().find(KOR)).isEmpty();
        assertThat(model.savedNoteProperty().get()).isEmpty();
        assertThat(model.savedVerifiedProperty().get()).isEmpty();
    }

    @Test
    void showingAnotherOfferShowsItsOwnNote() {
        TestUiServices services = new TestUiServices(dir);
        services.offerNotes().setNote(KOR, "Ring til Bente");
        OfferNoteViewModel model = new OfferNoteViewModel(services.offerNotes(),
                new SameThreadTaskExecutor(), services.clock());
        model.load(KOR);
        assertThat(model.noteProperty().get()).isEqualTo("Ring til Bente");
        model.load(new OfferKey("kommunen", "2"));
        assertThat(model.noteProperty().get()).isEmpty();
        assertThat(model.verifiedProperty().get()).isFalse();
    }
}
